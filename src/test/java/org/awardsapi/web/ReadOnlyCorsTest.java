package org.awardsapi.web;

import java.util.List;
import java.util.Locale;

import org.awardsapi.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any origin may read the API; no credentials. (In a real browser: {@link BrowserTest}.)
 */
@ApiIntegrationTest
class ReadOnlyCorsTest {

	private static final String ORIGIN = "https://reader.example.org";

	@Autowired
	RestTestClient client;

	@Test
	void anyOriginMayRead() {
		this.client.get()
			.uri("/api/ceremonies/oscars-97")
			.header(HttpHeaders.ORIGIN, ORIGIN)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS);
	}

	@Test
	void aPageOfAnotherOriginMayReadTheRateLimitAndWhenToTryAgain() {
		HttpHeaders headers = this.client.get()
			.uri("/api/ceremonies/oscars-97")
			.header(HttpHeaders.ORIGIN, ORIGIN)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult()
			.getResponseHeaders();
		// header names are case-insensitive (and the JDK's client hands them over in
		// lower case)
		List<String> rateLimit = headers.headerNames()
			.stream()
			.map((name) -> name.toLowerCase(Locale.ROOT))
			.filter((name) -> name.startsWith("ratelimit-"))
			.toList();
		assertThat(rateLimit).hasSize(4);
		assertThat(headers.getAccessControlExposeHeaders().stream().map((name) -> name.toLowerCase(Locale.ROOT)))
			.contains("etag", "retry-after")
			.containsAll(rateLimit);
	}

	@Test
	void problemsAreReadableToo() {
		this.client.get()
			.uri("/api/people/nobody")
			.header(HttpHeaders.ORIGIN, ORIGIN)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
	}

	@Test
	void aPreflightForAReadIsAllowed() {
		this.client.method(HttpMethod.OPTIONS)
			.uri("/api/people?q=baker")
			.header(HttpHeaders.ORIGIN, ORIGIN)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
	}

}
