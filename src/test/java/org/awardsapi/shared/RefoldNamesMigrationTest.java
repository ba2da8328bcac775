package org.awardsapi.shared;

import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database from before the wider search texts and the new folding (schema version 28)
 * gets, when it is migrated (V29 widens, V30 folds again), the search texts, sort keys
 * and suffixes the entities now write, and keeps its slugs.
 */
class RefoldNamesMigrationTest {

	@Test
	void foldsTheNamesAlreadyStoredByTheRuleOfNow() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:refold-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
		Flyway.configure()
			.dataSource(dataSource)
			.javaMigrations(new V22__Fill_search_suffixes(), new V23__Search_suffixes_in_code_point_order(),
					new V26__Fill_sort_keys(), new V28__Fill_more_sort_keys())
			.target("28")
			.load()
			.migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		// as the folding of before left them: ð a break in the word
		jdbc.update("insert into person (id, slug, name, search_text, sort_key) values (1, 'hildur-gu-nadottir',"
				+ " 'Hildur Guðnadóttir', 'hildur gu nadottir', 'hildur gu nadottir')");
		jdbc.update("insert into person_other_name (person_id, position, name) values (1, 0, 'Hildur Gudnadottir')");
		for (String suffix : List.of("hildur", "ildur", "ldur", "dur", "nadottir", "adottir", "dottir", "ottir", "ttir",
				"tir")) {
			jdbc.update("insert into person_search (suffix, person_id) values (?, 1)", suffix);
		}
		// a word of 150 letters, whose suffixes were kept whole
		String word = "z".repeat(150);
		jdbc.update("insert into film (id, slug, title, search_text, sort_key) values (2, 'z', ?, ?, ?)", word, word,
				word);
		for (int start = 0; start <= word.length() - 3; start++) {
			jdbc.update("insert into film_search (suffix, film_id) values (?, 2)", word.substring(start));
		}
		jdbc.update("insert into company (id, slug, name, search_text, sort_key) values (3, 'neon', 'NEON', 'neon',"
				+ " 'neon')");
		jdbc.update("insert into company_search (suffix, company_id) values ('neon', 3), ('eon', 3)");
		jdbc.update("insert into award (id, slug, name, sort_key) values (4, 'eddan', 'Edda Þing', 'edda ing')");

		Flyway.configure()
			.dataSource(dataSource)
			.javaMigrations(new V22__Fill_search_suffixes(), new V23__Search_suffixes_in_code_point_order(),
					new V26__Fill_sort_keys(), new V28__Fill_more_sort_keys(), new V30__Refold_names())
			.load()
			.migrate();

		assertThat(jdbc.queryForMap("select slug, search_text, sort_key from person where id = 1"))
			.containsEntry("SLUG", "hildur-gu-nadottir")
			.containsEntry("SEARCH_TEXT", "hildur gudnadottir hildur gudnadottir")
			.containsEntry("SORT_KEY", "hildur gudnadottir");
		assertThat(suffixes("person_search", "person_id", 1, jdbc))
			.containsExactlyInAnyOrderElementsOf(Slugs.suffixes("hildur gudnadottir hildur gudnadottir"))
			.contains("gudnadottir");
		assertThat(suffixes("film_search", "film_id", 2, jdbc)).hasSize(98)
			.containsExactlyInAnyOrderElementsOf(Slugs.suffixes(word));
		assertThat(suffixes("company_search", "company_id", 3, jdbc)).containsExactlyInAnyOrder("neon", "eon");
		assertThat(jdbc.queryForObject("select sort_key from award where id = 4", String.class))
			.isEqualTo("edda thing");
		// a person's text may now be as long as a name and fifty other names fold into
		String longest = "x".repeat(90_000);
		jdbc.update("update person set search_text = ? where id = 1", longest);
		assertThat(jdbc.queryForObject("select char_length(search_text) from person where id = 1", Integer.class))
			.isEqualTo(90_000);
	}

	private static List<String> suffixes(String table, String owner, long id, JdbcTemplate jdbc) {
		return jdbc.queryForList("select suffix from " + table + " where " + owner + " = ?", String.class, id);
	}

}
