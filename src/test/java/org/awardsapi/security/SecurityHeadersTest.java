package org.awardsapi.security;

import org.awardsapi.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.ExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headers every response carries: the security headers, with a strict
 * {@code Content-Security-Policy} on data and one that lets Swagger UI work on its pages,
 * and the {@code RateLimit-*} headers.
 */
@ApiIntegrationTest
class SecurityHeadersTest {

	@Autowired
	RestTestClient client;

	@Test
	void aReadOfTheApiHasTheSecurityHeadersAndTheStrictPolicy() {
		HttpHeaders headers = get("/api/awards").getResponseHeaders();
		assertSecurityHeaders(headers);
		assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
	}

	@Test
	void errorsAndRefusalsHaveThemToo() {
		assertSecurityHeaders(get("/api/awards/no-such-award").getResponseHeaders());
		ExchangeResult refused = this.client.post()
			.uri("/api/test-echo")
			.contentType(MediaType.TEXT_PLAIN)
			.body("x")
			.exchange()
			.returnResult();
		assertThat(refused.getStatus().value()).isEqualTo(401);
		assertSecurityHeaders(refused.getResponseHeaders());
		assertThat(refused.getResponseHeaders().getFirst("Content-Security-Policy")).contains("default-src 'none'");
	}

	@Test
	void swaggerUiLoadsUnderAPolicyThatAllowsItsOwnScriptsAndStyles() {
		ExchangeResult page = get("/swagger-ui/index.html");
		assertThat(page.getStatus().value()).isEqualTo(200);
		assertSecurityHeaders(page.getResponseHeaders());
		String policy = page.getResponseHeaders().getFirst("Content-Security-Policy");
		assertThat(policy).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
			.doesNotContain("'unsafe-eval'");
		String html = new String(page.getResponseBodyContent());
		assertThat(html).as("no inline script, which script-src 'self' would block")
			.doesNotContainPattern("<script>\\s*\\S")
			.contains("swagger-ui-bundle.js", "swagger-initializer.js");
		for (String asset : new String[] { "/swagger-ui/swagger-ui-bundle.js", "/swagger-ui/swagger-initializer.js",
				"/swagger-ui/swagger-ui.css", "/v3/api-docs/swagger-config", "/v3/api-docs" }) {
			assertThat(get(asset).getStatus().value()).as(asset).isEqualTo(200);
		}
		assertThat(get("/v3/api-docs").getResponseHeaders().getFirst("Content-Security-Policy"))
			.isEqualTo("default-src 'none'; frame-ancestors 'none'");
	}

	@Test
	void everyResponseHasTheRateLimitHeaders() {
		for (String path : new String[] { "/api/awards", "/api/awards/no-such-award", "/swagger-ui/index.html" }) {
			HttpHeaders headers = get(path).getResponseHeaders();
			assertThat(headers.getFirst("RateLimit-Limit")).as(path).isEqualTo("1000000");
			assertThat(headers.getFirst("RateLimit-Remaining")).as(path).matches("\\d+");
			assertThat(headers.getFirst("RateLimit-Reset")).as(path).matches("\\d+");
			assertThat(headers.getFirst("RateLimit-Policy")).as(path).isEqualTo("1000000;w=60;comment=\"reads\"");
		}
		HttpHeaders refused = this.client.post()
			.uri("/api/test-echo")
			.contentType(MediaType.TEXT_PLAIN)
			.body("x")
			.exchange()
			.returnResult()
			.getResponseHeaders();
		assertThat(refused.getFirst("RateLimit-Policy")).isEqualTo("1000000;w=60;comment=\"writes\"");
	}

	private ExchangeResult get(String path) {
		return this.client.get().uri(path).exchange().returnResult();
	}

	private static void assertSecurityHeaders(HttpHeaders headers) {
		assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
		assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(headers.getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'");
	}

}
