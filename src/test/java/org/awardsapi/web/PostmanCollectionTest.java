package org.awardsapi.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.awardsapi.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Postman collection covers every GET endpoint, and every request in it has tests.
 * (newman runs it against the packaged app in ClientsIT.)
 */
@ApiIntegrationTest
class PostmanCollectionTest {

	private static final Path COLLECTION = Path.of("postman/awards-api.postman_collection.json");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	JsonMapper json;

	@Test
	void everyEndpointIsRequestedAndEveryRequestHasTests() {
		JsonNode collection = this.json.readTree(COLLECTION.toFile());
		assertThat(collection.path("info").path("schema").asString()).contains("v2.1.0");
		List<JsonNode> requests = new ArrayList<>();
		collect(collection.path("item"), requests);
		List<String> paths = new ArrayList<>();
		for (JsonNode request : requests) {
			String name = request.path("name").asString();
			String tests = String.join("\n",
					request.path("event")
						.findValues("exec")
						.stream()
						.flatMap((exec) -> exec.valueStream().map(JsonNode::asString))
						.toList());
			assertThat(tests).as(name + " has tests").contains("pm.test(").contains("pm.response");
			String raw = request.path("request").path("url").path("raw").asString();
			assertThat(raw).as(name).startsWith("{{baseUrl}}/");
			paths.add(raw.substring("{{baseUrl}}".length()).replaceFirst("\\?.*", ""));
		}
		for (ApiEndpoints endpoint : ApiEndpoints.of(this.mapping)) {
			Pattern pattern = Pattern.compile(endpoint.pattern().replace("{id}", "[^/]+"));
			assertThat(paths).as(endpoint + " is requested").anyMatch((path) -> pattern.matcher(path).matches());
		}
	}

	private static void collect(JsonNode items, List<JsonNode> requests) {
		for (JsonNode item : items) {
			if (item.has("request")) {
				requests.add(item);
			}
			else {
				collect(item.path("item"), requests);
			}
		}
	}

}
