package org.awardsapi.award;

import org.awardsapi.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

@ApiIntegrationTest
class AwardApiTest {

	@Autowired
	RestTestClient client;

	@Test
	void listsTheAwardProgrammes() {
		this.client.get()
			.uri("/api/awards")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[*].slug")
			.isEqualTo(java.util.List.of("oscars", "cannes"))
			.jsonPath("$.content[0].name")
			.isEqualTo("Academy Awards")
			.jsonPath("$.content[0].presentedBy")
			.isEqualTo("Academy of Motion Picture Arts and Sciences")
			.jsonPath("$.page.totalElements")
			.isEqualTo(2);
	}

	@Test
	void showsOneAwardBySlugOrId() {
		this.client.get()
			.uri("/api/awards/cannes")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo("Cannes Film Festival")
			.jsonPath("$.ceremonies")
			.isEqualTo(1)
			.jsonPath("$.categories")
			.isEqualTo(1);
		long id = this.client.get()
			.uri("/api/awards/oscars")
			.exchange()
			.expectBody(AwardView.class)
			.returnResult()
			.getResponseBody()
			.id();
		this.client.get()
			.uri("/api/awards/" + id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.slug")
			.isEqualTo("oscars");
	}

	@Test
	void listsCategoriesWithTheNamesTheyWerePresentedUnder() {
		this.client.get()
			.uri("/api/awards/oscars/categories?size=200")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[?(@.slug == 'best-picture')].name")
			.isEqualTo(java.util.List.of("Best Picture"))
			.jsonPath("$.content[?(@.slug == 'best-picture')].nominations")
			.isEqualTo(java.util.List.of(10))
			.jsonPath("$.content[?(@.slug == 'documentary-feature-film')].presentedAs[*]")
			.isEqualTo(java.util.List.of("Documentary (Feature)", "Documentary Feature Film"))
			.jsonPath("$.content[?(@.slug == 'honorary-award')].competitive")
			.isEqualTo(java.util.List.of(false));
	}

	@Test
	void filtersCategoriesByClass() {
		this.client.get()
			.uri("/api/awards/oscars/categories?class=Acting")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[*].slug")
			.isEqualTo(java.util.List.of("actor-in-a-leading-role", "actor-in-a-supporting-role",
					"actress-in-a-leading-role", "actress-in-a-supporting-role"));
		this.client.get()
			.uri("/api/awards/oscars/categories?class=Comedy")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.parameter")
			.isEqualTo("class");
	}

	@Test
	void unknownAwardIsA404Problem() {
		this.client.get()
			.uri("/api/awards/emmys")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(404)
			.jsonPath("$.detail")
			.isEqualTo("No award with id or slug 'emmys'");
	}

}
