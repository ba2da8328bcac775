package org.awardsapi.film;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.awardsapi.SeededJpaTest;
import org.awardsapi.shared.Slugs;
import org.awardsapi.web.PageQuery;
import org.awardsapi.web.PageResponse;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@SeededJpaTest
class CompanyQueryServiceTest {

	@Autowired
	CompanyQueryService companies;

	@Autowired
	EntityManager em;

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

	@Test
	void sortsByNameIgnoringCaseAccentsAndPunctuation() {
		for (String name : List.of("the Sortcheck Company", "Édition Sortcheck", "Zed Sortcheck")) {
			this.em.persist(new Company(Slugs.slug(name), name, null));
		}
		this.em.flush();

		assertThat(this.companies.companies("sortcheck", PageQuery.first(20)).content()).extracting(CompanyView::name)
			.containsExactly("Édition Sortcheck", "the Sortcheck Company", "Zed Sortcheck");
		assertThat(this.companies.companies("sortcheck", new PageQuery(0, 20, List.of("name,desc"))).content())
			.extracting(CompanyView::name)
			.containsExactly("Zed Sortcheck", "the Sortcheck Company", "Édition Sortcheck");
	}

}
