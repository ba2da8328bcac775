package org.awardsapi.ceremony;

import org.awardsapi.SeededJpaTest;
import org.awardsapi.web.PageQuery;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@SeededJpaTest
class CeremonyQueryServiceTest {

	@Autowired
	CeremonyQueryService ceremonies;

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

}
