package org.awardsapi.person;

import java.util.List;

import org.awardsapi.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@ApiIntegrationTest
class PersonApiTest {

	@Autowired
	RestTestClient client;

	@Test
	void searchesNamesIgnoringCaseAccentsAndWordOrder() {
		for (String q : List.of("karla sofia gascon", "GASCÓN Karla", "gascon")) {
			this.client.get()
				.uri("/api/people?q={q}", q)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.content[*].name")
				.isEqualTo(List.of("Karla Sofía Gascón"));
		}
		this.client.get()
			.uri("/api/people?q=baker sean")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[*].slug")
			.isEqualTo(List.of("sean-baker"))
			.jsonPath("$.content[0].nominations")
			.isEqualTo(5)
			.jsonPath("$.content[0].wins")
			.isEqualTo(5);
	}

	@Test
	void anEmptySearchIsAnEmptyPage() {
		this.client.get()
			.uri("/api/people?q=zzzz")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content")
			.isEmpty();
		this.client.get()
			.uri("/api/people?q=" + "x".repeat(201))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.parameter")
			.isEqualTo("q");
	}

	@Test
	void aQueryOfMoreThanTwentyDifferentWordsIsA400AndRepeatedWordsCountOnce() {
		// twenty-one one-letter words: each would be a scan of every row's search text
		String letters = String.join(" ", "abcdefghijklmnopqrstu".split(""));
		for (String path : List.of("/api/people", "/api/films", "/api/companies")) {
			this.client.get()
				.uri(path + "?q={q}", letters)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.parameter")
				.isEqualTo("q")
				.jsonPath("$.detail")
				.value(String.class, (detail) -> assertThat(detail).contains("at most 20 different words"));
		}
		this.client.get()
			.uri("/api/people?q={q}", "baker ".repeat(30) + "Sean")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[*].slug")
			.isEqualTo(List.of("sean-baker"));
	}

	@Test
	void showsAPersonWithCreditsAwardsPresentationsAndQuotes() {
		this.client.get()
			.uri("/api/people/sean-baker")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.imdbId")
			.isEqualTo("nm0048918")
			.jsonPath("$.winCount")
			.isEqualTo(5)
			.jsonPath("$.credits[*].job")
			.isEqualTo(List.of("director", "writer", "producer", "editor"))
			.jsonPath("$.nominations[*].ceremony.slug")
			.isEqualTo(List.of("oscars-97", "oscars-97", "oscars-97", "oscars-97", "cannes-77"))
			.jsonPath("$.quotes[0].category.slug")
			.isEqualTo("directing")
			.jsonPath("$.quotes[0].text")
			.value(String.class,
					(text) -> org.assertj.core.api.Assertions.assertThat(text)
						.contains("Where did we fall in love with the movies? At the movie theater."))
			.jsonPath("$.quotes[0].source.publishedOn")
			.isEqualTo("2025-03-03");
		this.client.get()
			.uri("/api/people/quentin-tarantino")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.presentations[0].category.name")
			.isEqualTo("Directing")
			.jsonPath("$.presentations[0].ceremony.slug")
			.isEqualTo("oscars-97")
			.jsonPath("$.nominationCount")
			.isEqualTo(0);
		this.client.get()
			.uri("/api/people/karla-sofia-gascon")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.otherNames")
			.isEqualTo(List.of("Karla Sofia Gascon"));
	}

	@Test
	void listsThePersonsNominationsByCeremony() {
		this.client.get()
			.uri("/api/people/mikey-madison/nominations?ceremony=oscars-97")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[*].category.slug")
			.isEqualTo(List.of("actress-in-a-leading-role"))
			.jsonPath("$.content[0].won")
			.isEqualTo(true);
		this.client.get()
			.uri("/api/people/walt-disney/nominations?won=false")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[*].films[0].title")
			.isEqualTo(List.of("Rugged Bear", "Ben and Me"));
		this.client.get().uri("/api/people/9999999/nominations").exchange().expectStatus().isNotFound();
	}

}
