package org.awardsapi.ceremony;

import java.time.LocalDate;

import org.awardsapi.award.Award;
import org.awardsapi.award.Category;
import org.awardsapi.award.CategoryClass;
import org.awardsapi.person.Person;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The rules a ceremony and a presentation keep for themselves.
 */
class PresentationTest {

	private final Award oscars = new Award("oscars", "Academy Awards", "AMPAS");

	private final Ceremony oscars97 = new Ceremony(this.oscars, 97, "oscars-97", "97th Academy Awards",
			LocalDate.of(2025, 3, 2), "2024", null);

	private final Person tarantino = new Person("quentin-tarantino", "Quentin Tarantino", "nm0000233");

	@Test
	void refusesACategoryOfAnotherAward() {
		Category palme = new Category(new Award("cannes", "Cannes Film Festival", null), "palme-d-or", "Palme d'Or",
				CategoryClass.Title);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Presentation(this.oscars97, palme, this.tarantino, null))
			.withMessage("the category must belong to the ceremony's award");
	}

	@Test
	void isACategoryOfTheCeremonysAwardPresentedBySomeone() {
		Category directing = new Category(this.oscars, "directing", "Directing", CategoryClass.Directing);
		assertThat(new Presentation(this.oscars97, directing, this.tarantino, null).getPresenter())
			.isSameAs(this.tarantino);
		assertThatIllegalArgumentException().isThrownBy(() -> new Presentation(this.oscars97, directing, null, null));
	}

	@Test
	void aCeremonysEditionIsPositive() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Ceremony(this.oscars, 0, "oscars-0", "Academy Awards", null, null, null));
	}

}
