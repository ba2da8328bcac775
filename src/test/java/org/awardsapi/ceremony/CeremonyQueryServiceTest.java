package org.awardsapi.ceremony;

import jakarta.persistence.EntityManager;
import org.awardsapi.SeededJpaTest;
import org.awardsapi.nomination.UnofficialNominations;
import org.awardsapi.web.PageQuery;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@SeededJpaTest
class CeremonyQueryServiceTest {

	@Autowired
	CeremonyQueryService ceremonies;

	@Autowired
	EntityManager em;

	@Test
	void filtersByAwardAndTheYearHeld() {
		assertThat(this.ceremonies.ceremonies("oscars", null, PageQuery.first(20)).content())
			.extracting(CeremonyView::slug)
			.containsExactly("oscars-97", "oscars-26");
		assertThat(this.ceremonies.ceremonies(null, 1954, PageQuery.first(20)).content()).extracting(CeremonyView::slug)
			.containsExactly("oscars-26");
		assertThat(this.ceremonies.ceremonies("grammys", null, PageQuery.first(20)).content()).isEmpty();
	}

	@Test
	void countsOnlyOfficialNominations() {
		CeremonyDetail cannes = this.ceremonies.ceremony("cannes-77").body();
		assertThat(cannes.counts()).isEqualTo(new CeremonyDetail.Counts(1, 1, 1, 1, 1));
		CeremonyDetail disney = this.ceremonies.ceremony("oscars-26").body();
		assertThat(disney.counts().nominations()).isEqualTo(6);
		assertThat(disney.counts().wins()).isEqualTo(4);
		assertThat(disney.counts().films()).isEqualTo(6);
		assertThat(disney.counts().people()).isEqualTo(1);
		assertThat(disney.presentations()).isEmpty();
	}

	@Test
	void countsAWinThatWasNotAnOfficialNominationButNotANominationThatLost() {
		CeremonyDetail.Counts before = this.ceremonies.ceremony("oscars-97").body().counts();
		UnofficialNominations.add(this.em, "sean-baker", "anora-2024");
		CeremonyDetail.Counts after = this.ceremonies.ceremony("oscars-97").body().counts();
		assertThat(after.nominations()).isEqualTo(before.nominations() + 1);
		assertThat(after.wins()).isEqualTo(before.wins() + 1);
		assertThat(after.categories()).as("cinematography had nominations already").isEqualTo(before.categories());
	}

}
