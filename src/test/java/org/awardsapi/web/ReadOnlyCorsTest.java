package org.awardsapi.web;

import org.awardsapi.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.client.RestTestClient;

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
