package org.awardsapi.nomination;

import java.time.LocalDate;

import org.awardsapi.award.Award;
import org.awardsapi.award.Category;
import org.awardsapi.award.CategoryClass;
import org.awardsapi.ceremony.Ceremony;
import org.awardsapi.film.Company;
import org.awardsapi.film.Film;
import org.awardsapi.person.Person;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The rules a nomination keeps for itself.
 */
class NominationTest {

	private final Award oscars = new Award("oscars", "Academy Awards", "AMPAS");

	private final Ceremony oscars97 = new Ceremony(this.oscars, 97, "oscars-97", "97th Academy Awards",
			LocalDate.of(2025, 3, 2), "2024", null);

	private final Category directing = new Category(this.oscars, "directing", "Directing", CategoryClass.Directing);

	@Test
	void refusesACategoryOfAnotherAward() {
		Award cannes = new Award("cannes", "Cannes Film Festival", "Festival de Cannes");
		Category palme = new Category(cannes, "palme-d-or", "Palme d'Or", CategoryClass.Title);
		assertThatIllegalArgumentException().isThrownBy(() -> new Nomination(this.oscars97, palme, null, 0, true))
			.withMessage("the category must belong to the ceremony's award");
	}

	@Test
	void refusesToBeWithoutACeremonyOrACategory() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Nomination(null, this.directing, null, 0, true))
			.withMessage("ceremony is required");
		assertThatIllegalArgumentException().isThrownBy(() -> new Nomination(this.oscars97, null, null, 0, true))
			.withMessage("category is required");
	}

	@Test
	void isPresentedUnderTheCategorysNameUnlessTheYearsNameIsGiven() {
		assertThat(new Nomination(this.oscars97, this.directing, " ", 0, false).getCategoryName())
			.isEqualTo("Directing");
		assertThat(new Nomination(this.oscars97, this.directing, "DIRECTING", 0, false).getCategoryName())
			.isEqualTo("DIRECTING");
	}

	@Test
	void keepsItsFilmsAndNomineesInOrder() {
		Nomination nomination = new Nomination(this.oscars97, this.directing, null, 0, true)
			.addFilm(new Film("anora-2024", "Anora", 2024, "tt28607951"))
			.addPerson(new Person("sean-baker", "Sean Baker", "nm0048918"))
			.addCompany(new Company("neon", "Neon", null))
			.addCountry("France");
		assertThat(nomination.getFilms()).extracting(Film::getSlug).containsExactly("anora-2024");
		assertThat(nomination.getNominees()).extracting(Nominee::getPosition, Nominee::getKind, Nominee::getName)
			.containsExactly(tuple(0, NomineeKind.person, "Sean Baker"), tuple(1, NomineeKind.company, "Neon"),
					tuple(2, NomineeKind.country, "France"));
	}

	@Test
	void refusesAMissingFilmOrNomineeOrABlankCountry() {
		Nomination nomination = new Nomination(this.oscars97, this.directing, null, 0, true);
		assertThatIllegalArgumentException().isThrownBy(() -> nomination.addFilm(null));
		assertThatIllegalArgumentException().isThrownBy(() -> nomination.addPerson(null));
		assertThatIllegalArgumentException().isThrownBy(() -> nomination.addCompany(null));
		assertThatIllegalArgumentException().isThrownBy(() -> nomination.addCountry(" "));
		assertThatIllegalArgumentException().isThrownBy(() -> nomination.citedBy(null));
		assertThat(nomination.getFilms()).isEmpty();
		assertThat(nomination.getNominees()).isEmpty();
	}

	@Test
	void isOfficialUntilMarkedOtherwise() {
		Nomination nomination = new Nomination(this.oscars97, this.directing, null, 0, false);
		assertThat(nomination.isOfficial()).isTrue();
		assertThat(nomination.markUnofficial().isOfficial()).isFalse();
	}

}
