package org.awardsapi.web;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a record is flattened to CSV columns.
 */
class CsvColumnsTest {

	enum Kind {

		person, country

	}

	record Ref(long id, String slug) {
	}

	record Entry(Ref category, List<Ref> films, boolean won) {
	}

	record Row(long id, Ref person, LocalDate date, Kind kind, List<String> names, List<Entry> entries, String note) {
	}

	private final CsvColumns columns = CsvColumns.of(Row.class);

	@Test
	void theHeaderComesFromTheTypeWithNestedRecordsAsDottedColumns() {
		assertThat(this.columns.names()).containsExactly("id", "person.id", "person.slug", "date", "kind", "names",
				"entries.category.id", "entries.category.slug", "entries.films.id", "entries.films.slug", "entries.won",
				"note");
	}

	@Test
	void listsAreJoinedWithSemicolonsAndListsInsideListsWithCommas() {
		Row row = new Row(1, new Ref(3, "sean-baker"), LocalDate.of(2025, 3, 2), Kind.person, List.of("a", "b"),
				List.of(new Entry(new Ref(10, "directing"), List.of(new Ref(6, "anora-2024")), true),
						new Entry(new Ref(11, "best-picture"),
								List.of(new Ref(6, "anora-2024"), new Ref(7, "the-brutalist-2024")), false)),
				null);
		assertThat(this.columns.values(row)).containsExactly("1", "3", "sean-baker", "2025-03-02", "person", "a; b",
				"10; 11", "directing; best-picture", "6; 6, 7", "anora-2024; anora-2024, the-brutalist-2024",
				"true; false", "");
	}

	@Test
	void aMissingNestedRecordAndAnEmptyListAreEmptyFields() {
		Row row = new Row(2, null, null, Kind.country, List.of(), List.of(), "a tie");
		assertThat(this.columns.values(row)).containsExactly("2", "", "", "", "country", "", "", "", "", "", "",
				"a tie");
	}

}
