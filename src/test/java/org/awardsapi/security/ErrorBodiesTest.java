package org.awardsapi.security;

import org.awardsapi.ApiIntegrationTest;
import org.awardsapi.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.ExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No error body tells an attacker how the server is built: no stack trace, exception
 * class, package name, SQL or framework message, whether the error comes from a
 * controller, from the servlet container or from Spring Security.
 */
@ApiIntegrationTest
class ErrorBodiesTest {

	@Autowired
	RestTestClient client;

	@Test
	void anUnexpectedExceptionIsAPlainProblem() {
		ExchangeResult result = this.client.get().uri("/api/test-failure").exchange().returnResult();
		assertThat(result.getStatus().value()).isEqualTo(500);
		assertThat(body(result)).contains("urn:awards-api:problem:internal-error");
		assertRevealsNothing(body(result));
	}

	@Test
	void anErrorSentToTheContainerShowsNoMessage() {
		ExchangeResult result = this.client.get().uri("/api/test-send-error").exchange().returnResult();
		assertThat(result.getStatus().value()).isEqualTo(500);
		assertRevealsNothing(body(result));
	}

	@Test
	void springSecurityRefusalsShowNoFrameworkMessage() {
		ExchangeResult wrongPassword = this.client.post()
			.uri("/api/test-echo")
			.headers((headers) -> headers.setBasicAuth(TestUsers.EDITOR, "wrong"))
			.contentType(MediaType.TEXT_PLAIN)
			.body("x")
			.exchange()
			.returnResult();
		assertThat(wrongPassword.getStatus().value()).isEqualTo(401);
		assertRevealsNothing(body(wrongPassword));
		ExchangeResult notAnEditor = this.client.delete()
			.uri("/api/awards/oscars")
			.headers((headers) -> headers.setBasicAuth(TestUsers.READER, TestUsers.READER_PASSWORD))
			.exchange()
			.returnResult();
		assertThat(notAnEditor.getStatus().value()).isEqualTo(403);
		assertRevealsNothing(body(notAnEditor));
	}

	private static String body(ExchangeResult result) {
		return new String(result.getResponseBodyContent());
	}

	private static void assertRevealsNothing(String body) {
		assertThat(body).doesNotContainIgnoringCase("exception")
			.doesNotContainIgnoringCase("select")
			.doesNotContain("org.", "java.", "trace", "Bad credentials", "Access Denied", "\tat ");
	}

}
