package org.awardsapi.film;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.awardsapi.SeededJpaTest;
import org.awardsapi.nomination.UnofficialNominations;
import org.awardsapi.shared.Slugs;
import org.awardsapi.web.NotFoundException;
import org.awardsapi.web.PageQuery;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SeededJpaTest
class FilmQueryServiceTest {

	@Autowired
	FilmQueryService films;

	@Autowired
	EntityManager em;

	@Test
	void searchesWordsInAnyOrderIgnoringCaseAndAccents() {
		assertThat(this.films.films("gromit WALLACE", null, PageQuery.first(20)).content()).extracting(FilmView::slug)
			.containsExactly("wallace-gromit-vengeance-most-fowl-2024");
		assertThat(this.films.films("perez", 2024, PageQuery.first(20)).content()).extracting(FilmView::title)
			.containsExactly("Emilia Pérez");
		assertThat(this.films.films("perez", 1953, PageQuery.first(20)).content()).isEmpty();
	}

	@Test
	void aFilmChangedElsewhereThanInItsTitleIsWrittenAndStillFoundByIt() {
		// the hook that refreshes its search text and suffixes runs at the write, with
		// the suffixes not loaded yet
		this.em.createQuery("select f from Film f where f.slug = 'anora-2024'", Film.class)
			.getSingleResult()
			.describe("A stripper from Brighton Beach marries the son of a Russian oligarch.");
		this.em.flush();
		this.em.clear();
		assertThat(this.films.films("anora", null, PageQuery.first(20)).content()).extracting(FilmView::slug)
			.containsExactly("anora-2024");
	}

	@Test
	void countsOfficialNominationsAndWinsPerFilm() {
		FilmView brutalist = this.films.films("brutalist", null, PageQuery.first(20)).content().get(0);
		assertThat(brutalist.nominations()).isEqualTo(10);
		assertThat(brutalist.wins()).isEqualTo(3);
	}

	@Test
	void countsAWinThatWasNotAnOfficialNominationButNotANominationThatLost() {
		FilmView before = this.films.films("anora", null, PageQuery.first(1)).content().get(0);
		FilmDetail detailBefore = this.films.film("anora-2024").body();
		UnofficialNominations.add(this.em, "sean-baker", "anora-2024");
		FilmView after = this.films.films("anora", null, PageQuery.first(1)).content().get(0);
		assertThat(after.nominations()).isEqualTo(before.nominations() + 1);
		assertThat(after.wins()).isEqualTo(before.wins() + 1);
		FilmDetail detail = this.films.film("anora-2024").body();
		assertThat(detail.nominationCount()).isEqualTo(detailBefore.nominationCount() + 1);
		assertThat(detail.winCount()).isEqualTo(detailBefore.winCount() + 1);
	}

	@Test
	void sortsByYearOnRequest() {
		List<Integer> years = this.films.films(null, null, new PageQuery(0, 200, List.of("year,asc")))
			.content()
			.stream()
			.map(FilmView::year)
			.toList();
		assertThat(years).isSorted().contains(1953, 2024);
	}

	@Test
	void sortsByTitleIgnoringCaseAccentsAndPunctuation() {
		for (String title : List.of("tom thumb Sortcheck", "À Nous Sortcheck", "'Crocodile' Sortcheck", "Zed Sortcheck",
				"$1,000 Sortcheck")) {
			this.em.persist(new Film(Slugs.slug(title) + "-1999", title, 1999, null));
		}
		this.em.flush();

		assertThat(this.films.films("sortcheck", null, new PageQuery(0, 20, List.of("title"))).content())
			.extracting(FilmView::title)
			.containsExactly("$1,000 Sortcheck", "À Nous Sortcheck", "'Crocodile' Sortcheck", "tom thumb Sortcheck",
					"Zed Sortcheck");
		assertThat(this.films.films("sortcheck", null, PageQuery.first(20)).content()).extracting(FilmView::title)
			.as("the default order")
			.startsWith("$1,000 Sortcheck", "À Nous Sortcheck");
	}

	@Test
	void readsAFilmWithCreditsCompaniesAndNominations() {
		FilmDetail anora = this.films.film("anora-2024").body();
		assertThat(anora.credits()).extracting((c) -> c.person().slug() + ":" + c.job())
			.startsWith("sean-baker:director", "sean-baker:writer", "sean-baker:producer", "sean-baker:editor");
		assertThat(anora.companies()).extracting(FilmDetail.FilmCompanyView::slug)
			.containsExactly("filmnation-entertainment", "neon", "universal-pictures", "focus-features");
		assertThat(anora.nominations()).hasSize(7);
		assertThat(anora.winCount()).isEqualTo(6);
		assertThat(this.films.film(String.valueOf(anora.id())).body().slug()).isEqualTo("anora-2024");
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.films.film("anora-2025"));
	}

}
