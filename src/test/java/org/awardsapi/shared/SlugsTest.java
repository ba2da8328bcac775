package org.awardsapi.shared;

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
	void suffixesAreThoseOfEveryWordOfThreeLettersOrMoreEachOnce() {
		assertThat(Slugs.suffixes("sean baker an ker")).containsExactly("sean", "ean", "baker", "aker", "ker");
		assertThat(Slugs.suffixes("")).isEmpty();
	}

}
