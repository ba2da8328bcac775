package org.awardsapi.security;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.awardsapi.ApiIntegrationTest;
import org.apache.coyote.AbstractProtocol;
import org.apache.coyote.ProtocolHandler;
import org.awardsapi.TestUsers;
import org.awardsapi.web.Http09ResettingProtocol;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
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

	@LocalServerPort
	int port;

	@Autowired
	ServletWebServerApplicationContext context;

	@Test
	void anUnexpectedExceptionIsAPlainProblem() {
		ExchangeResult result = this.client.get().uri("/api/test-failure").exchange().returnResult();
		assertThat(result.getStatus().value()).isEqualTo(500);
		assertThat(body(result)).contains("urn:awards-api:problem:internal-error");
		assertRevealsNothing(body(result));
	}

	@Test
	void aLockNotGrantedInTimeIsA503ToTryAgainLater() {
		ExchangeResult result = this.client.post()
			.uri("/api/test-lock-timeout")
			.headers((headers) -> headers.setBasicAuth(TestUsers.EDITOR, TestUsers.EDITOR_PASSWORD))
			.exchange()
			.returnResult();
		assertThat(result.getStatus().value()).isEqualTo(503);
		assertThat(result.getResponseHeaders().getFirst("Retry-After")).isEqualTo("10");
		assertThat(body(result)).contains("urn:awards-api:problem:busy");
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

	/**
	 * Found by fuzzing: each of these was an HTML page, Spring Boot's own JSON, an empty
	 * body or a 500. Each is a problem now, whoever refuses the request.
	 */
	@Test
	void whatTheContainerAndTheFirewallRefuseIsAProblemToo() throws IOException {
		// Tomcat, before the app: a URL it cannot decode, a character it does not allow
		assertProblem(raw("GET /api/films/%C0%AF HTTP/1.1"), 400, "bad-request");
		assertProblem(raw("GET /api/films?q=#{7*7} HTTP/1.1"), 400, "bad-request");
		// Spring Security's firewall: a URL, then a header value
		assertProblem(raw("GET /static/../application.properties HTTP/1.1"), 400, "bad-request");
		assertProblem(raw("GET /api/awards HTTP/1.1", "X-Test: a\u008db"), 400, "bad-request");
		assertProblem(raw("GET /api/awards/oscars HTTP/1.1", "If-None-Match: \u00f0\u009f\u008e\u00ac"), 400,
				"bad-request");
		// a query string that cannot be decoded
		assertProblem(raw("GET /api/films?q=%C0%AF HTTP/1.1"), 400, "unreadable-query");
		// the error page asked for itself
		assertProblem(raw("GET /error HTTP/1.1"), 404, "not-found");
		// a transfer coding Tomcat does not read (its own answer, a 501, is no client's
		// 5xx)
		assertProblem(raw("POST /api/sources HTTP/1.1", "Transfer-Encoding: gzip"), 400, "bad-request");
		assertProblem(raw("POST /api/sources HTTP/1.1", "Transfer-Encoding: junk, chunked"), 400, "bad-request");
	}

	/**
	 * Tomcat answers an HTTP/0.9 request line (no version) with the body alone, and a
	 * processor it reuses kept that mode for a later connection's request line that it
	 * could not read (too long, or with a character it refuses): the 400 went out with no
	 * status line or headers. Tomcat reuses its processors (the last one given back is
	 * the next one taken), which forget the mode ({@code web.Http09ResettingProtocol}).
	 */
	@Test
	void aRequestLineTomcatCannotReadIsAnHttp11AnswerAfterAnHttp09Request() throws IOException {
		String tooLong = "GET /api/films?q=" + "a".repeat(20_000) + " HTTP/1.1";
		String refused = "GET /api/films?q=#{7*7} HTTP/1.1";
		for (String requestLine : new String[] { tooLong, refused, tooLong }) {
			assertThat(exchange("GET /api/awards\r\n")).doesNotStartWith("HTTP/");
			assertProblem(raw(requestLine), 400, "bad-request");
		}
	}

	@Test
	void tomcatReusesItsProcessorsThroughTheProtocolThatResetsHttp09() {
		ProtocolHandler protocol = ((TomcatWebServer) this.context.getWebServer()).getTomcat()
			.getConnector()
			.getProtocolHandler();
		assertThat(protocol).isInstanceOf(Http09ResettingProtocol.class);
		assertThat(((AbstractProtocol<?>) protocol).getProcessorCache()).isNotZero();
	}

	@Test
	void everyErrorOfSpringMvcHasItsTypeWhateverTheAcceptHeader() throws IOException {
		assertProblem(raw("GET /nothing-here HTTP/1.1"), 404, "not-found");
		assertProblem(raw("GET /api/films/nothing-here HTTP/1.1", "Accept: garbage"), 404, "not-found");
		assertProblem(raw("GET /api/films/nothing-here HTTP/1.1", "Accept: */json"), 404, "not-found");
		assertProblem(
				raw("PUT /api/stats/wins-by-person-per-ceremony HTTP/1.1",
						"Authorization: Basic ZWRpdG9yOmVkaXRvci1wYXNzd29yZA==", "Content-Length: 0"),
				405, "method-not-allowed");
		// a NUL in a parameter, which PostgreSQL cannot compare: refused before any query
		String nul = raw("GET /api/ceremonies?award=%00 HTTP/1.1");
		assertProblem(nul, 400, "invalid-parameter");
		assertThat(nul).contains("\"parameter\":\"award\"");
		String twice = raw("GET /api/people/sean-baker/nominations?won=x&won=y HTTP/1.1");
		assertProblem(twice, 400, "invalid-parameter");
		assertThat(twice).contains("won takes one value, not 2: 'x', 'y'").doesNotContain("[L");
	}

	@Test
	void whatTomcatRefusesCarriesTheSecurityHeadersOfEveryAnswerAndAnyOriginMayReadIt() throws IOException {
		String refused = raw("GET /api/films/%C0%AF HTTP/1.1", "Origin: https://page.example");
		String answered = raw("GET /api/awards HTTP/1.1", "Origin: https://page.example");
		assertThat(refused).startsWith("HTTP/1.1 400 ");
		for (String name : List.of("X-Content-Type-Options", "X-XSS-Protection", "X-Frame-Options", "Referrer-Policy",
				"Content-Security-Policy", "Access-Control-Allow-Origin")) {
			assertThat(header(refused, name)).as(name).isNotNull().isEqualTo(header(answered, name));
		}
	}

	private static String header(String response, String name) {
		for (String line : response.substring(0, response.indexOf("\r\n\r\n")).split("\r\n")) {
			if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
				return line.substring(name.length() + 1).trim();
			}
		}
		return null;
	}

	/**
	 * Sends a request as it is written, and answers the whole response.
	 */
	private String raw(String requestLine, String... headers) throws IOException {
		StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: localhost\r\n");
		for (String header : headers) {
			request.append(header).append("\r\n");
		}
		return exchange(request.append("Connection: close\r\n\r\n").toString());
	}

	/**
	 * Sends the bytes on a connection of their own, and answers all that comes back.
	 */
	private String exchange(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static void assertProblem(String response, int status, String type) {
		assertThat(response).startsWith("HTTP/1.1 " + status + " ")
			.containsIgnoringCase("Content-Type: application/problem+json");
		if (!response.startsWith("HEAD")) {
			assertThat(response).contains("\"type\":\"urn:awards-api:problem:" + type + "\"")
				.contains("\"status\":" + status);
		}
		assertRevealsNothing(response.substring(response.indexOf("\r\n\r\n")));
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
