package org.awardsapi.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.awardsapi.ApiIntegrationTest;
import org.awardsapi.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.ExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of the application, whoever wrote it: each write (any method but GET, HEAD
 * and OPTIONS) answers {@code 401} without credentials and {@code 403} to a signed-in
 * user who is not an editor; each read answers anyone.
 */
@ApiIntegrationTest
class WriteAccessTest {

	private static final List<HttpMethod> WRITES = List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
			HttpMethod.DELETE);

	private static final Pattern VARIABLE = Pattern.compile("\\{\\*[^}]+}|\\{[^}]+}");

	@Autowired
	RestTestClient client;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyWriteNeedsCredentialsAndEveryWriteNeedsAnEditor() {
		Set<Route> writes = routes(true);
		assertThat(writes).as("the routes found include the test's own and the import")
			.contains(new Route(HttpMethod.POST, "/api/test-echo"), new Route(HttpMethod.POST, "/api/imports"));
		List<String> wrong = new ArrayList<>();
		for (Route route : writes) {
			ExchangeResult anonymous = send(route, null, null);
			if (anonymous.getStatus().value() != 401 || !"Basic realm=\"awards-api\""
				.equals(anonymous.getResponseHeaders().getFirst("WWW-Authenticate"))) {
				wrong.add(route + " without credentials: " + anonymous.getStatus());
			}
			ExchangeResult reader = send(route, TestUsers.READER, TestUsers.READER_PASSWORD);
			if (reader.getStatus().value() != 403) {
				wrong.add(route + " as a reader: " + reader.getStatus());
			}
		}
		assertThat(wrong).as("writes that are not closed").isEmpty();
	}

	@Test
	void everyHandlerNamesItsMethodsAndNoneTakesTrace() {
		// Outside Actuator every method but the writes is public, for Spring MVC
		// to answer TRACE or FOO with a 405. That holds while no handler takes
		// them: while every handler names its methods (but the error page, which
		// 404s a direct request).
		List<String> open = new ArrayList<>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if ((methods.isEmpty() && !info.getPatternValues().equals(Set.of("/error")))
					|| methods.contains(RequestMethod.TRACE)) {
				open.add(info + " " + handler);
			}
		});
		assertThat(open).as("handlers that take any method, or TRACE").isEmpty();
		assertThat(this.mappings.getHandlerMethods()).hasSizeGreaterThan(50);
	}

	@Test
	void everyReadIsPublic() {
		Set<Route> reads = routes(false);
		assertThat(reads).contains(new Route(HttpMethod.GET, "/api/awards"));
		List<String> closed = new ArrayList<>();
		for (Route route : reads) {
			int status = send(route, null, null).getStatus().value();
			if (status == 401 || status == 403) {
				closed.add(route + ": " + status);
			}
		}
		assertThat(closed).as("reads that need credentials").isEmpty();
	}

	@Test
	void anEditorMayWrite() {
		this.client.post()
			.uri("/api/test-echo")
			.headers((headers) -> headers.setBasicAuth(TestUsers.EDITOR, TestUsers.EDITOR_PASSWORD))
			.contentType(MediaType.TEXT_PLAIN)
			.body("hello")
			.exchange()
			.expectStatus()
			.isCreated();
	}

	@Test
	void theAnswersAreProblems() {
		this.client.post()
			.uri("/api/test-echo")
			.contentType(MediaType.TEXT_PLAIN)
			.body("hello")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:awards-api:problem:unauthorized")
			.jsonPath("$.status")
			.isEqualTo(401)
			.jsonPath("$.instance")
			.isEqualTo("/api/test-echo");
		this.client.post()
			.uri("/api/test-echo")
			.headers((headers) -> headers.setBasicAuth(TestUsers.READER, TestUsers.READER_PASSWORD))
			.contentType(MediaType.TEXT_PLAIN)
			.body("hello")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:awards-api:problem:forbidden");
		this.client.post()
			.uri("/api/test-echo")
			.headers((headers) -> headers.setBasicAuth(TestUsers.EDITOR, "not-the-password"))
			.contentType(MediaType.TEXT_PLAIN)
			.body("hello")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:awards-api:problem:unauthorized");
	}

	@Test
	void actuatorShowsHealthAndInfoToAnyoneAndNothingElseWithoutAnEditor() {
		this.client.get().uri("/actuator/health").exchange().expectStatus().isOk();
		this.client.get().uri("/actuator/info").exchange().expectStatus().isOk();
		this.client.head().uri("/actuator/health").exchange().expectStatus().isOk();
		this.client.get().uri("/actuator").exchange().expectStatus().isUnauthorized();
		this.client.get().uri("/actuator/env").exchange().expectStatus().isUnauthorized();
		this.client.head().uri("/actuator/env").exchange().expectStatus().isUnauthorized();
		this.client.options().uri("/actuator/health").exchange().expectStatus().isUnauthorized();
		this.client.get()
			.uri("/actuator/env")
			.headers((headers) -> headers.setBasicAuth(TestUsers.READER, TestUsers.READER_PASSWORD))
			.exchange()
			.expectStatus()
			.isForbidden();
		this.client.get()
			.uri("/actuator/env")
			.headers((headers) -> headers.setBasicAuth(TestUsers.EDITOR, TestUsers.EDITOR_PASSWORD))
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void aCrossSitePostThatSkipsThePreflightIsRefusedEvenToAnEditor() {
		this.client.post().uri("/api/test-echo").headers((headers) -> {
			headers.setBasicAuth(TestUsers.EDITOR, TestUsers.EDITOR_PASSWORD);
			headers.set("Sec-Fetch-Site", "cross-site");
		})
			.contentType(MediaType.TEXT_PLAIN)
			.body("hello")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.detail")
			.value(String.class,
					(detail) -> assertThat(detail).startsWith("A POST another site's page sent")
						.contains("application/json")
						.doesNotContain("role"));
		this.client.post().uri("/api/test-json").headers((headers) -> {
			headers.setBasicAuth(TestUsers.EDITOR, TestUsers.EDITOR_PASSWORD);
			headers.set("Sec-Fetch-Site", "cross-site");
		})
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"run\": 1, \"body\": \"after a preflight\"}")
			.exchange()
			.expectStatus()
			.isOk();
		this.client.post().uri("/api/test-echo").headers((headers) -> {
			headers.setBasicAuth(TestUsers.EDITOR, TestUsers.EDITOR_PASSWORD);
			headers.set("Sec-Fetch-Site", "same-origin");
		}).contentType(MediaType.TEXT_PLAIN).body("hello").exchange().expectStatus().isCreated();
	}

	@Test
	void noSessionIsKept() {
		ExchangeResult result = this.client.post()
			.uri("/api/test-echo")
			.headers((headers) -> headers.setBasicAuth(TestUsers.EDITOR, TestUsers.EDITOR_PASSWORD))
			.contentType(MediaType.TEXT_PLAIN)
			.body("hello")
			.exchange()
			.returnResult();
		assertThat(result.getResponseHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
	}

	private Set<Route> routes(boolean writes) {
		Set<Route> routes = new LinkedHashSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				String path = VARIABLE.matcher(pattern).replaceAll("1").replace("**", "x").replace("*", "x");
				if (writes) {
					for (HttpMethod method : WRITES) {
						if (methods.isEmpty() || methods.contains(RequestMethod.resolve(method))) {
							routes.add(new Route(method, path));
						}
					}
				}
				else if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
					routes.add(new Route(HttpMethod.GET, path));
				}
			}
		}
		return routes;
	}

	private ExchangeResult send(Route route, String user, String password) {
		return this.client.method(route.method()).uri(route.path()).headers((headers) -> {
			if (user != null) {
				headers.setBasicAuth(user, password);
			}
		}).contentType(MediaType.APPLICATION_JSON).body("{}").exchange().returnResult();
	}

	record Route(HttpMethod method, String path) {

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

}
