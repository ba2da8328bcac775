package org.awardsapi.ceremony;

import java.util.List;

import org.awardsapi.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

@ApiIntegrationTest
class CeremonyApiTest {

	@Autowired
	RestTestClient client;

	@Test
	void listsCeremoniesNewestFirst() {
		this.client.get()
			.uri("/api/ceremonies")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[*].slug")
			.isEqualTo(List.of("oscars-97", "cannes-77", "oscars-26"))
			.jsonPath("$.content[0].date")
			.isEqualTo("2025-03-02")
			.jsonPath("$.content[0].filmYear")
			.isEqualTo("2024")
			.jsonPath("$.content[0].award.slug")
			.isEqualTo("oscars");
	}

	@Test
	void filtersCeremoniesByAwardAndYearHeld() {
		this.client.get()
			.uri("/api/ceremonies?award=oscars&year=2025")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[*].slug")
			.isEqualTo(List.of("oscars-97"));
		this.client.get()
			.uri("/api/ceremonies?award=cannes&year=2025")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content")
			.isEmpty()
			.jsonPath("$.page.totalElements")
			.isEqualTo(0);
		this.client.get()
			.uri("/api/ceremonies?year=twenty")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.parameter")
			.isEqualTo("year");
	}

	@Test
	void showsOneCeremonyWithCountsAndPresenters() {
		this.client.get()
			.uri("/api/ceremonies/oscars-97")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo("97th Academy Awards")
			.jsonPath("$.venue")
			.isEqualTo("Dolby Theatre, Los Angeles")
			.jsonPath("$.counts.nominations")
			.isEqualTo(124)
			.jsonPath("$.counts.wins")
			.isEqualTo(27)
			.jsonPath("$.counts.categories")
			.isEqualTo(26)
			.jsonPath("$.presentations[0].category.slug")
			.isEqualTo("directing")
			.jsonPath("$.presentations[0].presenter.name")
			.isEqualTo("Quentin Tarantino")
			.jsonPath("$.presentations[0].source.publishedOn")
			.isEqualTo("2025-03-03");
	}

	@Test
	void listsTheNominationsOfACeremonyByCategory() {
		this.client.get()
			.uri("/api/ceremonies/oscars-97/nominations?category=actress-in-a-leading-role")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[*].nominees[0].name")
			.isEqualTo(List.of("Cynthia Erivo", "Karla Sofía Gascón", "Mikey Madison", "Demi Moore", "Fernanda Torres"))
			.jsonPath("$.content[?(@.won == true)].nominees[0].slug")
			.isEqualTo(List.of("mikey-madison"))
			.jsonPath("$.content[2].detail")
			.isEqualTo("Ani")
			.jsonPath("$.content[2].films[0].slug")
			.isEqualTo("anora-2024")
			.jsonPath("$.content[2].categoryName")
			.isEqualTo("Actress in a Leading Role");
	}

	@Test
	void listsTheWinsOfACeremony() {
		this.client.get()
			.uri("/api/ceremonies/oscars-97/nominations?won=true&size=100")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.page.totalElements")
			.isEqualTo(27)
			.jsonPath("$.content[?(@.category.slug == 'international-feature-film')].nominees[0].kind")
			.isEqualTo(List.of("country"))
			.jsonPath("$.content[?(@.category.slug == 'international-feature-film')].nominees[0].name")
			.isEqualTo(List.of("Brazil"))
			.jsonPath("$.content[?(@.category.slug == 'international-feature-film')].films[0].title")
			.isEqualTo(List.of("I'm Still Here"));
	}

	@Test
	void unknownCeremonyIsA404Problem() {
		this.client.get()
			.uri("/api/ceremonies/oscars-99/nominations")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
