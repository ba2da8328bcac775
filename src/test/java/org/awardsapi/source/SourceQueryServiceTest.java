package org.awardsapi.source;

import org.awardsapi.SeededJpaTest;
import org.awardsapi.web.PageQuery;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@SeededJpaTest
class SourceQueryServiceTest {

	@Autowired
	SourceQueryService sources;

	@Test
	void countsWhatCitesEachSource() {
		SourceView academy = this.sources.source("academy-97th-academy-awards").body();
		assertThat(academy.nominations()).isEqualTo(124);
		assertThat(academy.quotes()).isZero();
		assertThat(this.sources.sources(PageQuery.first(20)).content()).extracting(SourceView::slug)
			.containsExactly("article-anora-97th-academy-awards", "academy-97th-academy-awards",
					"academy-awards-database");
	}

}
