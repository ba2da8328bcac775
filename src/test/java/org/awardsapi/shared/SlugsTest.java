package org.awardsapi.shared;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slugs and search text fold case and accents.
 */
class SlugsTest {

	@Test
	void foldsAccentsAndCase() {
		assertThat(Slugs.fold("Karla Sofía Gascón")).isEqualTo("karla sofia gascon");
		assertThat(Slugs.slug("Karla Sofía Gascón")).isEqualTo("karla-sofia-gascon");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Sean Baker                            | sean-baker
			Timothée Chalamet                     | timothee-chalamet
			Zoe Saldaña                           | zoe-saldana
			Emilia Pérez                          | emilia-perez
			I'm Still Here                        | im-still-here
			Wallace & Gromit: Vengeance Most Fowl | wallace-gromit-vengeance-most-fowl
			László Tóth                           | laszlo-toth
			Søren Straße Łódź Æon                 | soren-strasse-lodz-aeon
			Hildur Guðnadóttir                    | hildur-gudnadottir
			Þórir Snær Sigurjónsson               | thorir-snaer-sigurjonsson
			ĦAMRUN Dılara Ŋũgĩ                    | hamrun-dilara-ngugi
			""")
	void slugsAreLowerCaseAsciiWordsJoinedByHyphens(String text, String slug) {
		assertThat(Slugs.slug(text)).isEqualTo(slug);
	}

	@Test
	void foldsNothingToNothing() {
		assertThat(Slugs.fold(null)).isEmpty();
		assertThat(Slugs.fold(" -- ")).isEmpty();
		assertThat(Slugs.words(null)).isEmpty();
	}

	@Test
	void splitsAQueryIntoFoldedWords() {
		assertThat(Slugs.words("  KARLA   sofía, Gascón ")).containsExactly("karla", "sofia", "gascon");
	}

	@Test
	void aWordTypedTwiceIsOneWord() {
		assertThat(Slugs.words("New York, New York")).containsExactly("new", "york");
		assertThat(Slugs.words("Baker BAKER bäker")).containsExactly("baker");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			Сергей Бондарчук | true
			黒澤 明           | true
			Σ 100            | false
			Guðnadóttir      | false
			%                | false
			' '              | false
			null             | false
			""")
	void aQueryOnlyOfLettersFoldingDropsIsToldApart(String query, boolean onlyUnfoldable) {
		assertThat(Slugs.onlyUnfoldable(query)).isEqualTo(onlyUnfoldable);
	}

	@Test
	void theStringsThatStartWithAWordAreThoseFromItToTheStringAfterIt() {
		assertThat(Slugs.after("baker")).isEqualTo("bakes");
		List<String> strings = List.of("bake", "baker", "bakers", "bakerz", "bakes", "gonzale", "gonzalez", "gonzalezz",
				"gonzalf", "193", "1939", "19390", "193a", "194");
		for (String word : List.of("baker", "gonzalez", "1939", "193")) {
			String after = Slugs.after(word);
			for (String string : strings) {
				assertThat(string.compareTo(word) >= 0 && string.compareTo(after) < 0)
					.as("%s in [%s, %s)", string, word, after)
					.isEqualTo(string.startsWith(word));
			}
		}
	}

	@Test
	void noCharacterFoldsIntoMoreThanSixOthers() {
		// what bounds the folded text a name of a given length can make (V29)
		int longest = 0;
		for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
			if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
				String folded = Slugs.fold("a" + Character.toString(c) + "a");
				longest = Math.max(longest, folded.length() - 2);
			}
		}
		assertThat(longest).isEqualTo(6);
		assertThat(Slugs.fold("a\u33AFa")).isEqualTo("arad s2a");
	}

	@Test
	void aSortKeyIsTheFoldedTextCutToItsLongest() {
		assertThat(Slugs.sortKey("Zoë Saldaña")).isEqualTo("zoe saldana");
		String ligatures = "\uFB03".repeat(500);
		assertThat(Slugs.fold(ligatures)).hasSize(1500);
		assertThat(Slugs.sortKey(ligatures)).hasSize(Slugs.MAX_SORT_KEY)
			.isEqualTo("ffi".repeat(500).substring(0, 1000));
	}

	@Test
	void aSuffixOrAQueryWordIsIndexedByItsFirstHundredCharacters() {
		String word = "x".repeat(150);
		// the suffixes of 100 characters or more are one: its first hundred
		assertThat(Slugs.suffixes(word)).hasSize(98)
			.allSatisfy((suffix) -> assertThat(suffix).hasSizeLessThanOrEqualTo(100))
			.contains("x".repeat(100), "xxx");
		assertThat(Slugs.indexed(word)).isEqualTo("x".repeat(100));
		assertThat(Slugs.indexed("baker")).isEqualTo("baker");
	}

	@Test
	void suffixesAreThoseOfEveryWordOfThreeLettersOrMoreEachOnce() {
		assertThat(Slugs.suffixes("sean baker an ker")).containsExactly("sean", "ean", "baker", "aker", "ker");
		assertThat(Slugs.suffixes("")).isEmpty();
	}

}
