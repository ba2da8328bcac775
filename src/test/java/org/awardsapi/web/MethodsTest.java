package org.awardsapi.web;

import java.util.List;
import java.util.Set;

import org.awardsapi.ApiIntegrationTest;
import org.awardsapi.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The methods of every resource: a method a resource does not take, {@code TRACE}
 * included, is a {@code 405} whose {@code Allow} names what {@code OPTIONS} names there;
 * {@code TRACE} never echoes the request; a method no handler takes is the same
 * {@code 405}, for anyone.
 */
@ApiIntegrationTest
class MethodsTest {

	private static final String PROBE = "probe-value-42";

	private static final List<HttpMethod> WRITES = List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
			HttpMethod.DELETE);

	@Autowired
	RestTestClient client;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Test
	void traceIsAMethodNotAllowedAnywhereNamingWhatOptionsNamesAndEchoesNothing() {
		int endpoints = 0;
		for (ApiEndpoints endpoint : ApiEndpoints.of(this.mapping)) {
			for (boolean signedIn : List.of(false, true)) {
				assertThat(notAllowed(HttpMethod.TRACE, endpoint.uri(), signedIn)).as(endpoint + ": the body")
					.contains("\"type\":\"urn:awards-api:problem:method-not-allowed\"")
					.contains(endpoint.uri() + " does not take TRACE; it takes GET, HEAD")
					.doesNotContain(PROBE, "X-Trace-Probe", "Authorization", "TRACE " + endpoint.uri());
			}
			endpoints++;
		}
		assertThat(endpoints).isGreaterThan(20);
	}

	@Test
	void everyMethodAResourceDoesNotTakeIsAMethodNotAllowedNamingWhatOptionsNames() {
		int refused = 0;
		for (ApiEndpoints endpoint : ApiEndpoints.of(this.mapping)) {
			Set<HttpMethod> options = allowOf(endpoint.uri());
			for (HttpMethod method : WRITES) {
				if (!options.contains(method)) {
					assertThat(notAllowed(method, endpoint.uri(), true)).as(method + " " + endpoint)
						.contains(endpoint.uri() + " does not take " + method + "; it takes ");
					refused++;
				}
			}
		}
		assertThat(refused).as("methods refused").isGreaterThan(20);
	}

	@Test
	void traceOfAStaticFileOrOfNoResourceIsAProblemAsEveryOtherMethodGets() {
		assertThat(allowOf("/index.html")).containsExactlyInAnyOrder(HttpMethod.GET, HttpMethod.HEAD,
				HttpMethod.OPTIONS);
		assertThat(notAllowed(HttpMethod.TRACE, "/index.html", false))
			.contains("/index.html does not take TRACE; it takes GET, HEAD and OPTIONS.");
		notFound(HttpMethod.TRACE);
	}

	@Test
	void aMethodNoHandlerTakesIsAMethodNotAllowedTooForAnyone() {
		for (String method : List.of("FOO", "PROPFIND", "get")) {
			for (boolean signedIn : List.of(false, true)) {
				assertThat(notAllowed(HttpMethod.valueOf(method), "/api/films", signedIn)).as(method)
					.contains("/api/films does not take " + method + "; it takes GET, HEAD, POST and OPTIONS.");
			}
			notFound(HttpMethod.valueOf(method));
		}
	}

	/**
	 * Sends the method, with a header to find in an echo, and asserts a {@code 405}
	 * problem with the security headers whose {@code Allow} is that of {@code OPTIONS}.
	 * @return the body
	 */
	private String notAllowed(HttpMethod method, String uri, boolean signedIn) {
		Set<HttpMethod> options = allowOf(uri);
		RestTestClient.RequestBodySpec request = this.client.method(method).uri(uri).headers((headers) -> {
			headers.set("X-Trace-Probe", PROBE);
			if (signedIn) {
				headers.setBasicAuth(TestUsers.EDITOR, TestUsers.EDITOR_PASSWORD);
			}
		});
		// a write with a body, as a client sends one; TRACE and the others without
		RestTestClient.RequestHeadersSpec<?> sent = WRITES.contains(method)
				? request.contentType(MediaType.APPLICATION_JSON).body("{}") : request;
		EntityExchangeResult<String> answer = sent.exchange()
			.expectStatus()
			.isEqualTo(405)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectBody(String.class)
			.returnResult();
		assertThat(answer.getResponseHeaders().getAllow()).as("%s %s: Allow", method, uri).isEqualTo(options);
		return answer.getResponseBody();
	}

	private void notFound(HttpMethod method) {
		this.client.method(method)
			.uri("/api/no-such-list")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:awards-api:problem:not-found");
	}

	private Set<HttpMethod> allowOf(String uri) {
		HttpHeaders headers = this.client.method(HttpMethod.OPTIONS)
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult()
			.getResponseHeaders();
		Set<HttpMethod> allow = headers.getAllow();
		assertThat(allow).as("OPTIONS %s", uri).contains(HttpMethod.OPTIONS);
		return allow;
	}

}
