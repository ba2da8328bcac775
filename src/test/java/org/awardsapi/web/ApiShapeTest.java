package org.awardsapi.web;

import java.util.List;
import java.util.Map;

import org.awardsapi.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One shape everywhere: walks every GET handler mapping under {@code /api} and calls it,
 * asserting the page shape of every list, and problems (RFC 9457) for a bad parameter and
 * an unknown id.
 */
@ApiIntegrationTest
class ApiShapeTest {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
	};

	@Autowired
	RestTestClient client;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Test
	void aSortOfCommasAndAPagePastAnyListAreBadParametersNot500s() {
		// found by fuzzing
		for (String query : List.of("sort=,&sort=name", "sort=,,&sort=name", "page=2147483647",
				"page=10737419&size=200")) {
			this.client.get()
				.uri("/api/awards?" + query)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("urn:awards-api:problem:invalid-parameter");
		}
	}

	@Test
	void aRepresentationOtherThanJsonOrCsvIsNotAcceptable() {
		// YAML: springdoc brings Jackson 2's, which Spring would otherwise offer; and an
		// Accept that gives JSON a weight of 0 ("not acceptable"), by naming it or by a
		// range, or overriding a range that takes it
		for (String type : List.of("application/yaml", "application/xml", "application/cbor", "text/plain",
				"application/json;q=0", "*/*;q=0", "application/json;q=0, text/csv;q=0",
				"application/json;q=0, */*;q=0.1", "application/*+json;q=0.5, application/json;q=0")) {
			this.client.get()
				.uri("/api/ceremonies/oscars-97")
				.header(HttpHeaders.ACCEPT, type)
				.exchange()
				.expectStatus()
				.isEqualTo(406)
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.expectHeader()
				.doesNotExist(HttpHeaders.ACCEPT);
		}
	}

	@Test
	void theFormatParameterNamesJsonWhereTheAcceptHeaderRefusesIt() {
		// without format, a 406 (CsvTest#aMediaTypeNoListAnswersIs406NamingJsonAndCsv)
		this.client.get()
			.uri("/api/awards?format=json")
			.header(HttpHeaders.ACCEPT, "application/json;q=0")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[0].slug")
			.isEqualTo("oscars");
	}

	@Test
	void anAnswerAskedForAsAnotherJsonTypeIsLabelledJsonAndOnlyAProblemIsLabelledAProblem() {
		for (String type : List.of("application/problem+json", "application/merge-patch+json")) {
			for (Map.Entry<String, String> read : Map
				.of("/api/ceremonies/oscars-97", "$.slug", "/api/awards", "$.content[0].slug")
				.entrySet()) {
				this.client.get()
					.uri(read.getKey())
					.accept(MediaType.parseMediaType(type))
					.exchange()
					.expectStatus()
					.isOk()
					.expectHeader()
					.contentType(MediaType.APPLICATION_JSON)
					.expectBody()
					.jsonPath(read.getValue())
					.isNotEmpty();
			}
			this.client.get()
				.uri("/api/ceremonies/no-such-ceremony")
				.accept(MediaType.parseMediaType(type))
				.exchange()
				.expectStatus()
				.isNotFound()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	@Test
	void everyEndpointIsWalked() {
		List<ApiEndpoints> endpoints = ApiEndpoints.of(this.mapping);
		assertThat(endpoints).hasSize(27);
		assertThat(endpoints).filteredOn(ApiEndpoints::isList).hasSize(16);
	}

	@Test
	void everyListAnswersAPageAndEverySingleResourceAnObject() {
		for (ApiEndpoints endpoint : ApiEndpoints.of(this.mapping)) {
			Map<String, Object> body = get(endpoint.uri(), 200, MediaType.APPLICATION_JSON);
			if (endpoint.isList()) {
				assertThat(body).as(endpoint + ": a page").containsOnlyKeys("content", "page");
				assertThat(body.get("content")).as(endpoint + ": its rows")
					.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
					.isNotEmpty();
				assertThat(body.get("page")).as(endpoint + ": where the page stands")
					.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
					.containsOnlyKeys("size", "number", "totalElements", "totalPages")
					.containsEntry("size", 20)
					.containsEntry("number", 0);
			}
			else {
				assertThat(body).as(endpoint + ": one resource").containsKey("id").doesNotContainKey("content");
			}
		}
	}

	@Test
	void everyListAnswersABadParameterWithAProblemNamingIt() {
		for (ApiEndpoints endpoint : ApiEndpoints.of(this.mapping)) {
			if (!endpoint.isList()) {
				continue;
			}
			for (String bad : List.of("size=0", "size=201", "page=-1", "sort=nonsense", "format=xml")) {
				String parameter = bad.substring(0, bad.indexOf('='));
				Map<String, Object> problem = get(endpoint.uri() + "?" + bad, 400, MediaType.APPLICATION_PROBLEM_JSON);
				assertThat(problem).as(endpoint + "?" + bad)
					.containsEntry("type", "urn:awards-api:problem:invalid-parameter")
					.containsEntry("status", 400)
					.containsEntry("parameter", parameter)
					.containsEntry("instance", endpoint.uri())
					.containsKeys("title", "detail", "errors");
			}
		}
	}

	@Test
	void everyEndpointWithAnIdAnswersAnUnknownOneWithANotFoundProblem() {
		for (ApiEndpoints endpoint : ApiEndpoints.of(this.mapping)) {
			if (!endpoint.hasId()) {
				continue;
			}
			for (String unknown : List.of("no-such-thing", "987654321")) {
				Map<String, Object> problem = get(endpoint.uri(unknown), 404, MediaType.APPLICATION_PROBLEM_JSON);
				assertThat(problem).as(endpoint + " with " + unknown)
					.containsEntry("type", "urn:awards-api:problem:not-found")
					.containsEntry("status", 404)
					.containsEntry("instance", endpoint.uri(unknown))
					.containsKeys("title", "detail");
			}
		}
	}

	@Test
	void optionsNamesAcceptPatchWhereAndOnlyWherePatchIsAllowed() {
		int patchable = 0;
		for (ApiEndpoints endpoint : ApiEndpoints.of(this.mapping)) {
			HttpHeaders headers = this.client.method(HttpMethod.OPTIONS)
				.uri(endpoint.uri())
				.exchange()
				.expectStatus()
				.isOk()
				.returnResult()
				.getResponseHeaders();
			if (headers.getAllow().contains(HttpMethod.PATCH)) {
				patchable++;
				assertThat(headers.getAcceptPatch()).as(endpoint + ": Accept-Patch")
					.contains(MediaType.parseMediaType("application/merge-patch+json"));
			}
			else {
				assertThat(headers.containsHeader(HttpHeaders.ACCEPT_PATCH)).as(endpoint + ": an Accept-Patch")
					.isFalse();
			}
		}
		assertThat(patchable).as("endpoints that take PATCH").isPositive();
	}

	@Test
	void aUrlNoEndpointAnswersIsTheSameNotFoundProblemAsAnUnknownIdAndNamesTheUrl() {
		Map<String, Object> unknownId = get("/api/films/no-such-film", 404, MediaType.APPLICATION_PROBLEM_JSON);
		Map<String, Object> noEndpoint = get("/api/no-such-list", 404, MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(noEndpoint).containsEntry("type", unknownId.get("type"))
			.containsEntry("title", unknownId.get("title"))
			.containsEntry("detail", "No resource at /api/no-such-list");
		Map<String, Object> slash = get("/api/films/anora-2024/", 404, MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(slash).containsEntry("type", unknownId.get("type"))
			.containsEntry("title", unknownId.get("title"))
			.containsEntry("instance", "/api/films/anora-2024/")
			.containsEntry("detail",
					"No resource at /api/films/anora-2024/; this API's URLs end without a slash: /api/films/anora-2024");
	}

	private Map<String, Object> get(String uri, int status, MediaType contentType) {
		Map<String, Object> body = this.client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentTypeCompatibleWith(contentType)
			.expectBody(JSON_OBJECT)
			.returnResult()
			.getResponseBody();
		assertThat(body).as(uri).isNotNull();
		return body;
	}

}
