package org.awardsapi.source;

import org.awardsapi.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

@ApiIntegrationTest
class SourceApiTest {

	@Autowired
	RestTestClient client;

	@Test
	void showsTheArticleAndWhatCitesIt() {
		this.client.get()
			.uri("/api/sources/article-anora-97th-academy-awards")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.publishedOn")
			.isEqualTo("2025-03-03")
			.jsonPath("$.quotes")
			.isEqualTo(2)
			.jsonPath("$.presentations")
			.isEqualTo(1)
			.jsonPath("$.nominations")
			.isEqualTo(16);
		this.client.get()
			.uri("/api/sources?size=1")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.page.totalElements")
			.isEqualTo(3);
	}

	@Test
	void sourcesWithoutADateSortLastInEitherDirection() {
		for (String sort : new String[] { "publishedOn", "publishedOn,desc" }) {
			this.client.get()
				.uri("/api/sources?sort=" + sort)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.content[0].slug")
				.isEqualTo("article-anora-97th-academy-awards")
				.jsonPath("$.content[2].publishedOn")
				.isEmpty();
		}
	}

}
