package org.awardsapi.person;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The rules a person keeps for itself.
 */
class PersonTest {

	@ParameterizedTest
	@ValueSource(strings = { "", "nm", "0048918", "NM0048918", "tt0048918", "co0048918", "nm0048918 ", "nm00489x8" })
	void refusesAMalformedImdbId(String imdbId) {
		assertThatIllegalArgumentException().isThrownBy(() -> new Person("sean-baker", "Sean Baker", imdbId))
			.withMessageContaining("nm0048918");
	}

	@Test
	void takesAWellFormedImdbIdOrNone() {
		assertThat(new Person("sean-baker", "Sean Baker", "nm0048918").getImdbId()).isEqualTo("nm0048918");
		assertThat(new Person("mark-eydelshteyn", "Mark Eydelshteyn", null).getImdbId()).isNull();
	}

	@Test
	void refusesABlankSlugOrName() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Person(" ", "Sean Baker", null));
		assertThatIllegalArgumentException().isThrownBy(() -> new Person("sean-baker", "", null));
	}

	@Test
	void keepsEachOtherSpellingOnceAndNeverItsOwnName() {
		Person person = new Person("karla-sofia-gascon", "Karla Sofía Gascón", "nm1035423");
		person.addOtherName("Karla Sofia Gascon");
		person.addOtherName("Karla Sofia Gascon");
		person.addOtherName("Karla Sofía Gascón");
		assertThat(person.getOtherNames()).containsExactly("Karla Sofia Gascon");
		assertThatIllegalArgumentException().isThrownBy(() -> person.addOtherName(" "));
	}

}
