package org.awardsapi.award;

import org.awardsapi.SeededJpaTest;
import org.awardsapi.web.PageQuery;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@SeededJpaTest
class AwardQueryServiceTest {

	@Autowired
	AwardQueryService awards;

	@Test
	void countsCeremoniesAndCategories() {
		assertThat(this.awards.award("oscars").body()).isEqualTo(new AwardView(this.awards.award("oscars").body().id(),
				"oscars", "Academy Awards", "Academy of Motion Picture Arts and Sciences", 2, 66));
	}

	@Test
	void listsCategoriesOfAClassWithTheirHistoricalNames() {
		assertThat(this.awards.categories("oscars", CategoryClass.Title, PageQuery.first(3)).content())
			.extracting(CategoryView::slug)
			.containsExactly("best-picture", "animated-feature-film", "documentary-feature-film");
		CategoryView shortSubject = this.awards.categories("oscars", CategoryClass.Title, PageQuery.first(200))
			.content()
			.stream()
			.filter((c) -> c.slug().equals("animated-short-film"))
			.findFirst()
			.orElseThrow();
		assertThat(shortSubject.presentedAs()).containsExactly("Short Subject (Cartoon)", "Animated Short Film");
		assertThat(shortSubject.nominations()).isEqualTo(7);
	}

}
