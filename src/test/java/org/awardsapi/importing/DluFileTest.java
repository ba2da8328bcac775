package org.awardsapi.importing;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.awardsapi.award.CategoryClass;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DluFileTest {

	static final Set<String> CATEGORIES = Set.of("ACTOR IN A LEADING ROLE", "ACTRESS IN A LEADING ROLE", "BEST PICTURE",
			"INTERNATIONAL FEATURE FILM", "SCIENTIFIC AND TECHNICAL AWARD (Technical Achievement Award)",
			"SCIENTIFIC AND TECHNICAL AWARD (Scientific and Engineering Award)", "WRITING (Original Screenplay)",
			"WRITING (Adapted Screenplay)", "FILM EDITING", "DIRECTING", "MUSIC (Original Song)", "HONORARY AWARD");

	static final String HEADER = String.join("\t", DluFile.COLUMNS) + "\n";

	final DluFile file = new DluFile(CATEGORIES);

	@Test
	void readsEveryQuirkOfTheFormat() throws IOException {
		List<DluRow> rows;
		try (var in = DluFileTest.class.getResourceAsStream("quirks.tsv")) {
			rows = this.file.read(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		assertThat(rows).hasSize(20);
		DluRow first = rows.get(0);
		assertThat(first.line()).isEqualTo(2);
		assertThat(first.year()).isEqualTo("1927/28");
		assertThat(first.firstYear()).isEqualTo(1927);
		assertThat(first.categoryClass()).isEqualTo(CategoryClass.Acting);
		assertThat(first.films()).containsExactly("The Lantern", "Harbour Lights");
		assertThat(first.filmIds()).containsExactly("tt9900001", "tt9900002");
		assertThat(first.winner()).isTrue();
		DluRow trailingFieldsLeftOut = rows.get(8);
		assertThat(trailingFieldsLeftOut.name()).isEqualTo("Chile");
		assertThat(trailingFieldsLeftOut.nominees()).isEmpty();
		assertThat(trailingFieldsLeftOut.winner()).isFalse();
		assertThat(trailingFieldsLeftOut.citation()).isNull();
		assertThat(rows.get(3).official()).isFalse();
		assertThat(rows.get(4).official()).isTrue();
		DluRow escaped = rows.get(11);
		assertThat(escaped.nominees()).containsExactly("Lou \"Sparrow\" Keane", "Bea Marsh");
		assertThat(escaped.nomineeIds()).containsExactly(null, "nm9900006");
		assertThat(rows.get(10).nomineeIds()).containsExactly(null, null);
		assertThat(rows.get(10).citation())
			.isEqualTo("To ACME LENS CORPORATION and RUTH OKAFOR for the \"Clearview\" lens.");
		assertThat(rows.get(12).nomineeIds()).containsExactly("nm9900007,nm9900008");
		assertThat(rows.get(19).line()).isEqualTo(21);
	}

	@Test
	void rejectsABadRowWithItsLineNumber() {
		String good = "97\t2024\tDirecting\tDIRECTING\tDIRECTING\tAnora\ttt28607951\tSean Baker\tSean Baker\tnm0048918\tTrue\n";
		String bad = "97\t2024\tDirecting\tDIRECTING\tDIRECTING\tAnora\ttt28607951\tSean Baker\tSean Baker\tnm0048918\tYes\n";
		assertThatExceptionOfType(ImportException.class).isThrownBy(() -> read(HEADER + good + good + bad))
			.withMessage("line 4: Winner must be True or empty, not 'Yes'")
			.satisfies((ex) -> assertThat(ex.getLine()).isEqualTo(4));
	}

	@Test
	void rejectsWhatIsNotOfTheFormat() {
		String row = "97\t2024\tDirecting\tDIRECTING\tDIRECTING\tAnora\ttt28607951\tSean Baker\tSean Baker\tnm0048918";
		assertRejected(HEADER.replace("Ceremony", "Number") + row, "line 1: the header must be");
		assertRejected(HEADER + row.replace("97\t", "ninety\t"), "line 2: Ceremony 'ninety' is not a number");
		assertRejected(HEADER + row.replace("2024", "last year"), "line 2: Year 'last year' is not a year");
		assertRejected(HEADER + row.replace("Directing\t", "Dancing\t"), "line 2: Class 'Dancing' is not one of");
		assertRejected(HEADER + row.replace("DIRECTING\tDIRECTING", "BEST STUNTS\tBEST STUNTS"),
				"line 2: CanonicalCategory 'BEST STUNTS' is not a known category");
		assertRejected(HEADER + row.replace("nm0048918", "nm0048918|nm0000001"),
				"line 2: NomineeIds has 2 ids for 1 names");
		assertRejected(HEADER + row.replace("tt28607951", "imdb:anora"),
				"line 2: FilmId 'imdb:anora' is not an IMDb id");
		assertRejected(HEADER + row + "\tTrue\t\t\t\tone too many", "line 2: has 15 fields; at most 14");
		assertRejected(HEADER + "97\t2024\tDirecting", "line 2: has 3 fields; at least 8");
		assertRejected(HEADER, "the file has a header but no rows");
		assertRejected("", "the file is empty");
		assertRejected(HEADER + row.replace("Sean Baker\tnm", "Sean Baker|\tnm"),
				"line 2: Nominees has an empty value between | separators");
	}

	@Test
	void rejectsAFileCutShortEvenWhereTheCutLeavesARowThatLooksWhole() {
		String row = "97\t2024\tDirecting\tDIRECTING\tDIRECTING\tAnora\ttt28607951\tSean Baker\tSean Baker\tnm0048918\tTrue\n";
		assertThat(read(HEADER + row)).hasSize(1);
		// Cut in the middle of the Name: eight fields, each of them valid.
		assertThatExceptionOfType(ImportException.class)
			.isThrownBy(() -> read(HEADER + row + row.substring(0, row.indexOf("Sean Baker") + 7)))
			.withMessageStartingWith("line 3: the file ends in the middle of this line, without a line break")
			.satisfies((ex) -> assertThat(ex.getLine()).isEqualTo(3));
		// Cut right after the last field, before its line break.
		assertRejected(HEADER + row + row.strip(), "line 3: the file ends in the middle of this line");
		// Cut inside an escaped quote, and inside a field the parser reads as quoted.
		assertRejected(HEADER + row + row.replace("Sean Baker\tSean", "Sean \\\"Ba").substring(0, 70),
				"line 3: the file ends in the middle of this line");
		assertThatExceptionOfType(ImportException.class).isThrownBy(
				() -> read(HEADER + row + row.replace("\tSean Baker\tSean", "\t\"Sean Baker\tSean").substring(0, 80)))
			.withMessageContaining("unreadable: (startline 3) EOF reached before encapsulated token finished");
	}

	@Test
	void rejectsAQuoteLeftOpenInTheHeaderOrARow() {
		// found by fuzzing: the parser's failure escaped as a 500
		String row = "97\t2024\tDirecting\tDIRECTING\tDIRECTING\tAnora\ttt28607951\tSean Baker\tSean Baker\tnm0048918";
		for (String content : List.of("\"" + HEADER + row, HEADER + row + "\n\"" + row)) {
			assertThatExceptionOfType(ImportException.class).isThrownBy(() -> read(content))
				.withMessageContaining("unreadable: (startline ");
		}
	}

	private void assertRejected(String content, String message) {
		assertThatExceptionOfType(ImportException.class).isThrownBy(() -> read(content))
			.withMessageStartingWith(message);
	}

	private List<DluRow> read(String content) {
		return this.file.read(new StringReader(content));
	}

	@Test
	void namesCategoriesAsPresentedAndCeremoniesAsOrdinals() {
		assertThat(OscarsImporter.presentedName("ACTOR IN A LEADING ROLE")).isEqualTo("Actor in a Leading Role");
		assertThat(OscarsImporter.presentedName("WRITING (Screenplay Written Directly for the Screen)"))
			.isEqualTo("Writing (Screenplay Written Directly for the Screen)");
		assertThat(OscarsImporter.presentedName("SHORT SUBJECT (Two-reel)")).isEqualTo("Short Subject (Two-reel)");
		assertThat(OscarsImporter.presentedName("SPECIAL EFFECTS")).isEqualTo("Special Effects");
		assertThat(Arrays.asList(1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 92, 97, 101, 111)
			.stream()
			.map(OscarsImporter::ordinal)).containsExactly("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st",
					"22nd", "23rd", "92nd", "97th", "101st", "111th");
	}

	@Test
	void tellsOrganisationsFromPeopleWithoutIds() {
		assertThat(OscarsImporter.looksLikeOrganisation("Acme Lens Corporation")).isTrue();
		assertThat(OscarsImporter.looksLikeOrganisation("United States Navy Bureau of Aeronautics")).isTrue();
		assertThat(OscarsImporter.looksLikeOrganisation("TECHNICOLOR MOTION PICTURE CORP.")).isTrue();
		assertThat(OscarsImporter.looksLikeOrganisation("Acme & Acme Optical Engineers")).isTrue();
		assertThat(OscarsImporter.looksLikeOrganisation("Kessler And Sons")).isTrue();
		assertThat(OscarsImporter.looksLikeOrganisation("The Governments of Ruritania")).isTrue();
		assertThat(OscarsImporter.looksLikeOrganisation("United States Air Force")).isTrue();
		assertThat(OscarsImporter.looksLikeOrganisation("SOCIÉTÉ ANONYME DES LENTILLES")).isTrue();
		assertThat(OscarsImporter.looksLikeOrganisation("Panavision")).as("a trade name the project lists").isTrue();
		assertThat(OscarsImporter.looksLikeOrganisation("Two Cities")).isTrue();
		assertThat(OscarsImporter.looksLikeOrganisation("Ruth Okafor")).isFalse();
		assertThat(OscarsImporter.looksLikeOrganisation("Paige Sony-Warner")).isFalse();
		assertThat(OscarsImporter.looksLikeOrganisation("Ruth Digitale")).isFalse();
		assertThat(OscarsImporter.looksLikeOrganisation("SIDNEY SANDERS")).isFalse();
		assertThat(OscarsImporter.cleanName("In collaboration with Una Reyes")).isEqualTo("Una Reyes");
		assertThat(OscarsImporter.cleanName("Screenplay - Una Reyes")).isEqualTo("Una Reyes");
	}

}
