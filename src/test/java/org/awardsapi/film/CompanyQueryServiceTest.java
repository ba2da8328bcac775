package org.awardsapi.film;

import org.awardsapi.SeededJpaTest;
import org.awardsapi.web.PageQuery;
import org.awardsapi.web.PageResponse;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@SeededJpaTest
class CompanyQueryServiceTest {

	@Autowired
	CompanyQueryService companies;

	@Test
	void findsACompanyOnceWhenSeveralOfItsSuffixesMatchWithItsCounts() {
		// "ent" starts two suffixes of "entertainment": "entertainment" and "ent"
		PageResponse<CompanyView> page = this.companies.companies("ent", PageQuery.first(1));
		assertThat(page.content()).singleElement().satisfies((company) -> {
			assertThat(company.slug()).isEqualTo("filmnation-entertainment");
			assertThat(company.films()).isPositive();
		});
		assertThat(page.page().totalElements()).isEqualTo(1);
		assertThat(this.companies.companies("features FOCUS", PageQuery.first(20)).content())
			.extracting(CompanyView::slug)
			.containsExactly("focus-features");
	}

}
