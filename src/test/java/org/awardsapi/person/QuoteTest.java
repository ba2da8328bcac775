package org.awardsapi.person;

import java.time.LocalDate;

import org.awardsapi.award.Award;
import org.awardsapi.award.Category;
import org.awardsapi.award.CategoryClass;
import org.awardsapi.ceremony.Ceremony;
import org.awardsapi.nomination.Nomination;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The rules a quote keeps for itself.
 */
class QuoteTest {

	private final Award oscars = new Award("oscars", "Academy Awards", "AMPAS");

	private final Ceremony oscars97 = new Ceremony(this.oscars, 97, "oscars-97", "97th Academy Awards",
			LocalDate.of(2025, 3, 2), "2024", null);

	private final Category directing = new Category(this.oscars, "directing", "Directing", CategoryClass.Directing);

	private final Person seanBaker = new Person("sean-baker", "Sean Baker", "nm0048918");

	@Test
	void refusesANominationOfAnotherCeremony() {
		Ceremony oscars96 = new Ceremony(this.oscars, 96, "oscars-96", "96th Academy Awards", LocalDate.of(2024, 3, 10),
				"2023", null);
		Nomination earlier = new Nomination(oscars96, this.directing, null, 0, false).addPerson(this.seanBaker);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Quote(this.seanBaker, this.oscars97, earlier, "Thank you.", null))
			.withMessage("the nomination must be of the same ceremony");
	}

	@Test
	void belongsToANominationOfItsCeremonyOrToNone() {
		Nomination directing = new Nomination(this.oscars97, this.directing, null, 0, true).addPerson(this.seanBaker);
		assertThat(new Quote(this.seanBaker, this.oscars97, directing, "Thank you.", null).getNomination())
			.isSameAs(directing);
		assertThat(new Quote(this.seanBaker, this.oscars97, null, "Thank you.", null).getNomination()).isNull();
	}

	@Test
	void refusesToBeWithoutASpeakerACeremonyOrWords() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Quote(null, this.oscars97, null, "Thank you.", null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Quote(this.seanBaker, null, null, "Thank you.", null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Quote(this.seanBaker, this.oscars97, null, " ", null));
	}

}
