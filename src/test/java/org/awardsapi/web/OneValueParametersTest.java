package org.awardsapi.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.awardsapi.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query parameter that takes one value, sent twice, is a 400 naming it and the values
 * sent, on every read; {@code sort}, a list, may repeat.
 */
@ApiIntegrationTest
class OneValueParametersTest {

	/** The parameters that take a list. */
	private static final Set<String> LISTS = Set.of("sort");

	@Autowired
	RestTestClient client;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Test
	void everyParameterOfEveryReadThatTakesOneValueRefusesTwo() {
		List<String> checked = new ArrayList<>();
		for (ApiEndpoints endpoint : ApiEndpoints.of(this.mapping)) {
			List<String> names = new ArrayList<>(endpoint.queryParameters());
			names.add("format");
			names.removeAll(LISTS);
			for (String name : names) {
				String uri = endpoint.uri() + "?" + name + "=1&" + name + "=2";
				this.client.get()
					.uri(uri)
					.exchange()
					.expectStatus()
					.isBadRequest()
					.expectBody()
					.jsonPath("$.type")
					.isEqualTo("urn:awards-api:problem:invalid-parameter")
					.jsonPath("$.parameter")
					.isEqualTo(name)
					.jsonPath("$.detail")
					.isEqualTo(name + " takes one value, not 2: '1', '2'");
				checked.add(uri);
			}
		}
		// the handlers' own parameters, not only format, on the lists and the statistics
		assertThat(checked).contains("/api/films?year=1&year=2", "/api/films?q=1&q=2",
				"/api/nominations?ceremony=1&ceremony=2", "/api/nominations?size=1&size=2",
				"/api/awards/oscars/categories?class=1&class=2",
				"/api/stats/wins-by-person-per-ceremony?minWins=1&minWins=2");
	}

	@Test
	void everyRepeatedParameterIsNamedAtOnce() {
		this.client.get()
			.uri("/api/nominations?won=true&won=false&ceremony=oscars-97&size=5&size=10")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].parameter")
			.isEqualTo(List.of("size", "won"))
			.jsonPath("$.errors[1].message")
			.isEqualTo("takes one value, not 2: 'true', 'false'");
	}

	@Test
	void aHeadIsRefusedAsItsGetIs() {
		this.client.head().uri("/api/films?year=2024&year=2023").exchange().expectStatus().isBadRequest();
	}

	@Test
	void sortMayRepeatAndOptionsReadsNoParameter() {
		this.client.get()
			.uri("/api/films?year=2024&sort=year,desc&sort=title&size=2")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[*].title")
			.isEqualTo(List.of("A Complete Unknown", "A Different Man"));
		this.client.method(HttpMethod.OPTIONS).uri("/api/films?year=2024&year=2023").exchange().expectStatus().isOk();
	}

}
