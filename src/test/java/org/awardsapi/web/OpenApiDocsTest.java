package org.awardsapi.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.awardsapi.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document describes every endpoint as it is: each parameter the handler
 * binds, the sort values it accepts, its answers and problems. (Spectral lints it in
 * ClientsIT.)
 */
@ApiIntegrationTest
class OpenApiDocsTest {

	@Autowired
	RestTestClient client;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	JsonMapper json;

	@Test
	void isOpenApi31WithTheSwaggerUi() {
		JsonNode doc = document();
		assertThat(doc.path("openapi").asString()).startsWith("3.1.");
		assertThat(doc.path("info").path("title").asString()).isEqualTo("Awards API");
		this.client.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk();
		this.client.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
	}

	@Test
	void everyEndpointHasAUniqueOperationIdATagAndItsOwnParameters() {
		JsonNode doc = document();
		Set<String> operationIds = new HashSet<>();
		for (ApiEndpoints endpoint : ApiEndpoints.of(this.mapping)) {
			JsonNode operation = doc.path("paths").path(endpoint.pattern()).path("get");
			assertThat(operation.isObject()).as(endpoint + " is documented").isTrue();
			assertThat(operationIds.add(operation.path("operationId").asString())).as(endpoint + " operationId")
				.isTrue();
			assertThat(operation.path("operationId").asString()).doesNotContain("_");
			assertThat(operation.path("tags")).hasSize(1);
			assertThat(operation.path("summary").asString()).isNotBlank();
			Set<String> expected = new LinkedHashSet<>(endpoint.queryParameters());
			if (endpoint.isList()) {
				expected.add("format");
			}
			assertThat(queryParameters(operation)).as(endpoint + " query parameters")
				.containsExactlyInAnyOrderElementsOf(expected);
		}
	}

	@Test
	void everyListDocumentsTheSortValuesItAccepts() {
		JsonNode doc = document();
		for (ApiEndpoints endpoint : ApiEndpoints.of(this.mapping)) {
			if (!endpoint.isList()) {
				continue;
			}
			JsonNode sort = parameter(doc.path("paths").path(endpoint.pattern()).path("get"), "sort");
			Set<String> documented = new LinkedHashSet<>();
			sort.path("schema").path("items").path("enum").forEach((value) -> documented.add(value.asString()));
			Map<String, Object> problem = this.client.get()
				.uri(endpoint.uri() + "?sort=nonsense")
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
				})
				.returnResult()
				.getResponseBody();
			assertThat(problem).isNotNull();
			String detail = (String) problem.get("detail");
			List<String> accepted = List
				.of(detail.substring(detail.indexOf("allowed: ") + 9, detail.indexOf("; each may be")).split(", "));
			List<String> expected = new ArrayList<>();
			accepted.forEach((property) -> expected.addAll(List.of(property, property + ",asc", property + ",desc")));
			assertThat(documented).as(endpoint + " sort values").containsExactlyInAnyOrderElementsOf(expected);
			for (String value : documented) {
				this.client.get().uri(endpoint.uri() + "?size=1&sort=" + value).exchange().expectStatus().isOk();
			}
		}
	}

	@Test
	void everyGetDocumentsItsCachingHeadersAndProblems() {
		JsonNode paths = document().path("paths");
		for (ApiEndpoints endpoint : ApiEndpoints.of(this.mapping)) {
			JsonNode responses = paths.path(endpoint.pattern()).path("get").path("responses");
			assertThat(responses.path("200").path("headers").has("ETag")).as(endpoint + " ETag").isTrue();
			assertThat(responses.has("304")).as(endpoint + " 304").isTrue();
			assertThat(responses.has("412")).as(endpoint + " 412 of If-Match").isTrue();
			assertThat(responses.path("400").path("$ref").asString()).isEqualTo("#/components/responses/BadRequest");
			assertThat(responses.path("500").path("$ref").asString()).isEqualTo("#/components/responses/InternalError");
			assertThat(responses.has("404")).as(endpoint + " 404").isEqualTo(endpoint.hasId());
			assertThat(responses.path("200").path("content").has("text/csv")).as(endpoint + " CSV")
				.isEqualTo(endpoint.isList());
		}
	}

	@Test
	void everyWriteDocumentsItsLimitsAndEveryPostItsIdempotencyKey() {
		List<String> posts = new ArrayList<>();
		document().path("paths").forEachEntry((path, item) -> item.forEachEntry((verb, operation) -> {
			JsonNode responses = operation.path("responses");
			if (List.of("post", "put", "patch").contains(verb)) {
				assertThat(responses.has("413")).as(verb + " " + path + " 413").isTrue();
				assertThat(responses.has("415")).as(verb + " " + path + " 415").isTrue();
			}
			if (verb.equals("post")) {
				posts.add(path);
				assertThat(operation.path("parameters").findValuesAsString("$ref")).as(path)
					.contains("#/components/parameters/IdempotencyKey");
			}
		}));
		assertThat(posts).contains("/api/films", "/api/nominations", "/api/imports");
		JsonNode imports = document().path("paths").path("/api/imports").path("post").path("requestBody");
		assertThat(imports.path("content").propertyNames()).containsExactlyInAnyOrder("multipart/form-data",
				"text/tab-separated-values");
	}

	@Test
	void everyPatchTakesAMergePatchOfWhatItsPutTakes() {
		JsonNode doc = document();
		JsonNode schemas = doc.path("components").path("schemas");
		List<String> patched = new ArrayList<>();
		doc.path("paths").forEachEntry((path, item) -> {
			if (!item.has("patch")) {
				return;
			}
			patched.add(path);
			String put = name(item.path("put").path("requestBody").path("content").path("application/json"));
			JsonNode whole = schemas.path(put);
			JsonNode content = item.path("patch").path("requestBody").path("content");
			assertThat(content.propertyNames()).as(path)
				.containsExactlyInAnyOrder("application/merge-patch+json", "application/json");
			String patch = name(content.path("application/merge-patch+json"));
			assertThat(name(content.path("application/json"))).as(path).isEqualTo(patch);
			JsonNode schema = schemas.path(patch);
			assertThat(schema.has("required")).as(patch + " requires nothing").isFalse();
			assertThat(schema.path("properties").propertyNames()).as(patch)
				.containsExactlyInAnyOrderElementsOf(whole.path("properties").propertyNames());
			Set<String> required = new HashSet<>(whole.path("required").valueStream().map(JsonNode::asString).toList());
			schema.path("properties").forEachEntry((property, value) -> {
				boolean clearable = value.path("anyOf").valueStream().anyMatch(OpenApiDocsTest::isNull);
				assertThat(clearable).as(patch + "." + property + " may be null")
					.isEqualTo(!required.contains(property));
			});
		});
		assertThat(patched).hasSizeGreaterThan(10);
		assertThat(doc.toString()).doesNotContain("JsonNode");
	}

	/** Whether a schema is {@code {"type": "null"}} (or has null among its types). */
	private static boolean isNull(JsonNode schema) {
		JsonNode type = schema.path("type");
		return type.isArray() ? type.valueStream().anyMatch((t) -> t.asString().equals("null"))
				: "null".equals(type.asString());
	}

	private static String name(JsonNode mediaType) {
		String ref = mediaType.path("schema").path("$ref").asString();
		assertThat(ref).startsWith("#/components/schemas/");
		return ref.substring(ref.lastIndexOf('/') + 1);
	}

	@Test
	void everyListsCsvExampleIsTheHeaderRowItAnswers() {
		JsonNode paths = document().path("paths");
		Set<String> examples = new HashSet<>();
		for (ApiEndpoints endpoint : ApiEndpoints.of(this.mapping)) {
			if (!endpoint.isList()) {
				continue;
			}
			JsonNode get = paths.path(endpoint.pattern()).path("get");
			String example = get.path("responses")
				.path("200")
				.path("content")
				.path("text/csv")
				.path("example")
				.asString();
			String uri = endpoint.pattern();
			for (JsonNode parameter : get.path("parameters")) {
				if ("path".equals(parameter.path("in").asString())) {
					uri = uri.replace("{" + parameter.path("name").asString() + "}",
							parameter.path("example").asString());
				}
			}
			String csv = this.client.get()
				.uri(uri + "?format=csv")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			assertThat(csv).as(uri).startsWith(example);
			assertThat(example).as(uri).endsWith("\r\n").hasLineCount(1);
			examples.add(example);
		}
		assertThat(examples).as("lists of different rows").hasSizeGreaterThan(1);
	}

	@Test
	void theProblemSchemaHasTheParameterAndTheErrors() {
		JsonNode problem = document().path("components").path("schemas").path("Problem").path("properties");
		assertThat(problem.propertyNames()).contains("type", "title", "status", "detail", "instance", "parameter",
				"errors");
	}

	@Test
	void everyProblemExampleListsItsMembersInTheOrderTheApiWritesThem() {
		List<JsonNode> examples = new ArrayList<>();
		collectProblemExamples(document(), examples);
		assertThat(examples).hasSizeGreaterThan(10);
		for (JsonNode example : examples) {
			List<String> members = new ArrayList<>(example.propertyNames());
			assertThat(members.subList(0, 4)).as(example.toString())
				.containsExactly("type", "title", "status", "detail");
			if (members.contains("instance")) {
				assertThat(members.get(4)).as(example.toString()).isEqualTo("instance");
			}
		}
	}

	private static void collectProblemExamples(JsonNode node, List<JsonNode> examples) {
		JsonNode example = node.path("application/problem+json").path("example");
		if (example.isObject()) {
			examples.add(example);
		}
		for (JsonNode child : node) {
			collectProblemExamples(child, examples);
		}
	}

	@Test
	void theHeadlineQueriesHaveExamples() {
		JsonNode paths = document().path("paths");
		Map<String, String> firstRow = Map.of("/api/ceremonies/{id}/wins-by-person", "sean-baker",
				"/api/ceremonies/{id}/wins-by-film", "anora-2024", "/api/stats/wins-by-person-per-ceremony",
				"walt-disney");
		firstRow.forEach((path, slug) -> {
			JsonNode example = paths.path(path)
				.path("get")
				.path("responses")
				.path("200")
				.path("content")
				.path("application/json")
				.path("examples")
				.path("headline")
				.path("value");
			assertThat(example.path("content").get(0).findValuesAsString("slug")).as(path).contains(slug);
			assertThat(example.path("page").path("totalElements").asLong()).as(path).isPositive();
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "/v3/api-docs", "/v3/api-docs.yaml" })
	void theDocumentCarriesAWeakTagAndIsRevalidatedWithIt(String uri) {
		EntityExchangeResult<byte[]> first = this.client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult();
		String tag = first.getResponseHeaders().getETag();
		assertThat(tag).startsWith("W/\"").hasSizeGreaterThan(5);
		assertThat(first.getResponseHeaders().getCacheControl()).isEqualTo("no-cache");
		assertThat(first.getResponseBody()).isNotEmpty();

		EntityExchangeResult<byte[]> again = this.client.get()
			.uri(uri)
			.header(HttpHeaders.IF_NONE_MATCH, tag)
			.exchange()
			.expectStatus()
			.isNotModified()
			.expectBody()
			.returnResult();
		assertThat(again.getResponseHeaders().getETag()).isEqualTo(tag);
		assertThat(again.getResponseBody()).isNullOrEmpty();

		this.client.get()
			.uri(uri)
			.header(HttpHeaders.IF_NONE_MATCH, "W/\"0123\"")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, tag);

		// a HEAD carries the GET's tag and revalidates with it
		this.client.head().uri(uri).exchange().expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, tag);
		this.client.head()
			.uri(uri)
			.header(HttpHeaders.IF_NONE_MATCH, tag)
			.exchange()
			.expectStatus()
			.isNotModified()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, tag);
	}

	private JsonNode document() {
		String body = this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).isNotNull();
		return this.json.readTree(body);
	}

	private static Set<String> queryParameters(JsonNode operation) {
		Set<String> names = new LinkedHashSet<>();
		operation.path("parameters").forEach((parameter) -> {
			if ("query".equals(parameter.path("in").asString())) {
				names.add(parameter.path("name").asString());
			}
		});
		return names;
	}

	private static JsonNode parameter(JsonNode operation, String name) {
		for (JsonNode parameter : operation.path("parameters")) {
			if (name.equals(parameter.path("name").asString())) {
				return parameter;
			}
		}
		throw new AssertionError("No parameter " + name);
	}

}
