package org.awardsapi.source;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.awardsapi.SeededJpaTest;
import org.awardsapi.web.PageQuery;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@SeededJpaTest
class SourceQueryServiceTest {

	@Autowired
	SourceQueryService sources;

	@Autowired
	EntityManager em;

	@Test
	void countsWhatCitesEachSource() {
		SourceView academy = this.sources.source("academy-97th-academy-awards").body();
		assertThat(academy.nominations()).isEqualTo(124);
		assertThat(academy.quotes()).isZero();
		assertThat(this.sources.sources(PageQuery.first(20)).content()).extracting(SourceView::slug)
			.containsExactly("article-anora-97th-academy-awards", "academy-97th-academy-awards",
					"academy-awards-database");
	}

	@Test
	void sortsByTitleIgnoringCaseAccentsAndPunctuation() {
		this.em.persist(new Source("s-1", "oscar_data: oscars.csv", null, null, null));
		this.em.persist(new Source("s-2", "Érudit notes", null, null, null));
		this.em.persist(new Source("s-3", "“Quoted” title", null, null, null));
		this.em.flush();
		assertThat(this.sources.sources(new PageQuery(0, 20, List.of("title"))).content()).extracting(SourceView::title)
			.containsExactly("Érudit notes", "oscar_data: oscars.csv", "“Quoted” title",
					"Sean Baker wins 4 Oscars for Anora", "The 97th Academy Awards (2025): nominees and winners",
					"The Official Academy Awards Database");
	}

}
