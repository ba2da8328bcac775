package org.awardsapi.film;

import java.util.List;

import org.awardsapi.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

@ApiIntegrationTest
class FilmApiTest {

	@Autowired
	RestTestClient client;

	@Test
	void searchesTitlesIgnoringCaseAccentsAndWordOrder() {
		this.client.get()
			.uri("/api/films?q=PEREZ emilia")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[*].title")
			.isEqualTo(List.of("Emilia Pérez"))
			.jsonPath("$.content[0].nominations")
			.isEqualTo(13)
			.jsonPath("$.content[0].wins")
			.isEqualTo(2);
	}

	@Test
	void filtersFilmsByYear() {
		this.client.get()
			.uri("/api/films?year=1953&sort=title")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[*].title")
			.isEqualTo(List.of("Bear Country", "Ben and Me", "Rugged Bear", "The Alaskan Eskimo", "The Living Desert",
					"Toot, Whistle, Plunk and Boom"));
		this.client.get()
			.uri("/api/films?q=no such film")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content")
			.isEmpty();
	}

	@Test
	void showsAFilmWithCreditsCompaniesAndAwards() {
		this.client.get()
			.uri("/api/films/anora-2024")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.imdbId")
			.isEqualTo("tt28607951")
			.jsonPath("$.synopsis")
			.value(String.class,
					(synopsis) -> org.assertj.core.api.Assertions.assertThat(synopsis)
						.startsWith("Anora, a young woman from Brooklyn, gets her chance at a Cinderella story"))
			.jsonPath("$.credits[?(@.person.slug == 'sean-baker')].job")
			.isEqualTo(List.of("director", "writer", "producer", "editor"))
			.jsonPath("$.credits[?(@.person.slug == 'mikey-madison')].character")
			.isEqualTo(List.of("Anora \"Ani\" Mikheeva"))
			.jsonPath("$.credits[?(@.job == 'actor')].person.name")
			.isEqualTo(List.of("Mikey Madison", "Mark Eydelshteyn", "Yura Borisov", "Karren Karagulian",
					"Vache Tovmasyan", "Aleksei Serebryakov"))
			.jsonPath("$.companies[*].name")
			.isEqualTo(List.of("FilmNation Entertainment", "Neon", "Universal Pictures", "Focus Features"))
			.jsonPath("$.companies[0].role")
			.isEqualTo("production")
			.jsonPath("$.nominationCount")
			.isEqualTo(7)
			.jsonPath("$.winCount")
			.isEqualTo(6)
			.jsonPath("$.nominations[?(@.award.slug == 'cannes')].category.name")
			.isEqualTo(List.of("Palme d'Or"));
	}

	@Test
	void listsTheNominationsOfAFilm() {
		this.client.get()
			.uri("/api/films/the-brutalist-2024/nominations?won=true")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[*].category.slug")
			.isEqualTo(List.of("actor-in-a-leading-role", "cinematography", "music-original-score"));
		this.client.get().uri("/api/films/no-such-film/nominations").exchange().expectStatus().isNotFound();
	}

}
