package org.awardsapi.nomination;

import java.util.List;

import org.awardsapi.SeededJpaTest;
import org.awardsapi.web.InvalidParameterException;
import org.awardsapi.web.PageQuery;
import org.awardsapi.web.PageResponse;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SeededJpaTest
class NominationQueryServiceTest {

	@Autowired
	NominationQueryService nominations;

	@Test
	void filtersByCeremonyCategoryAndWonWithIdsOrSlugs() {
		PageResponse<NominationView> page = this.nominations
			.find(new NominationFilter("oscars", "oscars-97", "directing", null, null, true), PageQuery.first(20));
		assertThat(page.content()).singleElement().satisfies((n) -> {
			assertThat(n.nominees()).extracting(NomineeView::slug).containsExactly("sean-baker");
			assertThat(n.films()).extracting("slug").containsExactly("anora-2024");
			assertThat(n.sources()).extracting("slug")
				.containsExactly("article-anora-97th-academy-awards", "academy-97th-academy-awards");
		});
		long ceremonyId = page.content().get(0).ceremony().id();
		long categoryId = page.content().get(0).category().id();
		assertThat(this.nominations
			.find(new NominationFilter(null, String.valueOf(ceremonyId), String.valueOf(categoryId), null, null, null),
					PageQuery.first(20))
			.content()).hasSize(5);
	}

	@Test
	void filtersByFilmAndPerson() {
		assertThat(this.nominations.find(NominationFilter.none().withWon(false), PageQuery.first(200)).content())
			.allSatisfy((n) -> assertThat(n.won()).isFalse());
		PageResponse<NominationView> disney = this.nominations
			.find(new NominationFilter(null, null, null, null, "walt-disney", null), PageQuery.first(20));
		assertThat(disney.content()).hasSize(6)
			.allSatisfy((n) -> assertThat(n.ceremony().slug()).isEqualTo("oscars-26"));
		PageResponse<NominationView> anora = this.nominations
			.find(new NominationFilter(null, null, null, "anora-2024", null, null), PageQuery.first(20));
		assertThat(anora.content()).extracting((n) -> n.award().slug())
			.containsExactly("oscars", "oscars", "oscars", "oscars", "oscars", "oscars", "cannes");
	}

	@Test
	void ordersNewestCeremonyFirstAndSortsOnRequest() {
		List<String> ceremonies = this.nominations.find(NominationFilter.none(), PageQuery.first(200))
			.content()
			.stream()
			.map((n) -> n.ceremony().slug())
			.distinct()
			.toList();
		assertThat(ceremonies).containsExactly("oscars-97", "cannes-77", "oscars-26");
		List<String> byCategory = this.nominations
			.find(new NominationFilter(null, "oscars-26", null, null, null, null),
					new PageQuery(0, 20, List.of("category,desc")))
			.content()
			.stream()
			.map((n) -> n.category().name())
			.toList();
		assertThat(byCategory).isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@Test
	void countsEveryMatchWhilePaging() {
		PageResponse<NominationView> page = this.nominations
			.find(new NominationFilter(null, "oscars-97", null, null, null, null), new PageQuery(1, 50, null));
		assertThat(page.content()).hasSize(50);
		assertThat(page.page().totalElements()).isEqualTo(124);
		assertThat(page.page().totalPages()).isEqualTo(3);
	}

	@Test
	void refusesAnUnknownSort() {
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> this.nominations.find(NominationFilter.none(), new PageQuery(0, 20, List.of("price"))))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("sort"));
	}

}
