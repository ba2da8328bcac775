package org.awardsapi.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.awardsapi.SqlStatements;
import org.awardsapi.TestUsers;
import org.awardsapi.WritingApiTest;
import org.awardsapi.cache.DataVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The response cache ({@code awards.cache.responses.*}, on here as in production): a
 * repeated GET is the same answer without a SQL statement, a write is read back at once,
 * and an answer is never replayed for a request that asked for something else.
 */
@WritingApiTest
class ResponseCacheTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * The headers of one request's way through, which a held answer sends anew, and its
	 * framing (a held answer has a length, the first may be chunked): every other is sent
	 * as the first answer had it.
	 */
	private static final Set<String> PER_REQUEST_HEADERS = Set.of("date", "keep-alive", "connection",
			"ratelimit-remaining", "ratelimit-reset", "content-length", "transfer-encoding");

	@Autowired
	RestTestClient client;

	@Autowired
	DataSource dataSource;

	@Autowired
	DataVersion dataVersion;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	MeterRegistry meters;

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/api/films/anora-2024", "/api/ceremonies/oscars-97/wins-by-person", "/api/people?q=baker",
			"/api/stats/wins-by-person-per-ceremony?minWins=2", "/api/films?format=csv" })
	void aRepeatedGetIsTheSameAnswerWithoutAnySqlStatement(String uri) {
		SqlStatements statements = new SqlStatements(this.dataSource);
		aWrite();
		EntityExchangeResult<byte[]>[] answers = new EntityExchangeResult[2];

		long first = statements.count(() -> answers[0] = get(uri, HttpStatus.OK));
		long second = statements.count(() -> answers[1] = get(uri, HttpStatus.OK));

		assertThat(first).as("statements of the first GET of " + uri).isPositive();
		assertThat(second).as("statements of the second GET of " + uri).isZero();
		assertThat(answers[1].getResponseBody()).isEqualTo(answers[0].getResponseBody());
		assertThat(headersOfTheAnswer(answers[1])).isEqualTo(headersOfTheAnswer(answers[0]))
			.containsKeys("content-type", "etag", "x-content-type-options", "content-security-policy",
					"x-frame-options", "ratelimit-policy");
		assertThat(answers[1].getResponseHeaders().get("RateLimit-Remaining")).hasSize(1);
		// Sent whole, not chunked
		assertThat(answers[1].getResponseHeaders().getContentLength()).isEqualTo(answers[1].getResponseBody().length);
		assertThat(answers[1].getResponseHeaders().getETag()).startsWith("\"v" + this.dataVersion.current());
	}

	@Test
	void aGzipAnswerIsHeldCompressedAndOnlyReplayedToAClientThatTakesGzip() {
		String uri = "/api/ceremonies/oscars-97/wins-by-person";
		SqlStatements statements = new SqlStatements(this.dataSource);
		aWrite();
		EntityExchangeResult<byte[]>[] answers = new EntityExchangeResult[3];

		long first = statements.count(() -> answers[0] = gzip(uri));
		long second = statements.count(() -> answers[1] = gzip(uri));
		answers[2] = get(uri, HttpStatus.OK);

		assertThat(first).isPositive();
		assertThat(second).as("statements of the held answer").isZero();
		assertThat(answers[1].getResponseBody()).isEqualTo(answers[0].getResponseBody());
		assertThat(answers[1].getResponseHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
		assertThat(answers[1].getResponseHeaders().getETag()).isEqualTo(answers[0].getResponseHeaders().getETag())
			.endsWith("-gzip\"");
		assertThat(answers[1].getResponseHeaders().getContentLength()).isEqualTo(answers[1].getResponseBody().length);
		// a client that does not take gzip is not sent the held gzip bytes
		assertThat(answers[2].getResponseHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).isNull();
		assertThat(CompressionTest.gunzip(answers[1].getResponseBody())).isEqualTo(answers[2].getResponseBody());
		// and a revalidation of the held gzip answer is a 304 from the cache
		long revalidation = statements.count(() -> this.client.get()
			.uri(uri)
			.header(HttpHeaders.ACCEPT_ENCODING, "gzip")
			.header(HttpHeaders.IF_NONE_MATCH, answers[1].getResponseHeaders().getETag())
			.exchange()
			.expectStatus()
			.isNotModified());
		assertThat(revalidation).isZero();
	}

	@Test
	void aWriteIsReadBackAtOnce() throws Exception {
		String list = "/api/sources?size=100";
		get(list, HttpStatus.OK);
		get(list, HttpStatus.OK);
		this.client.post()
			.uri("/api/sources")
			.headers((headers) -> headers.setBasicAuth(TestUsers.EDITOR, TestUsers.EDITOR_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("slug", "response-cache-test", "title", "Read back at once"))
			.exchange()
			.expectStatus()
			.isCreated();

		JsonNode after = JSON.readTree(get(list, HttpStatus.OK).getResponseBody());

		assertThat(after.get("content").findValuesAsString("slug")).contains("response-cache-test");
	}

	@Test
	void anotherAcceptIsAnotherAnswer() {
		for (int round = 0; round < 2; round++) {
			assertThat(get("/api/films", "text/csv", HttpStatus.OK).getResponseHeaders().getContentType())
				.isEqualTo(MediaType.parseMediaType("text/csv;charset=UTF-8"));
			assertThat(get("/api/films", "application/json", HttpStatus.OK).getResponseHeaders().getContentType())
				.isEqualTo(MediaType.APPLICATION_JSON);
			assertThat(get("/api/films", "application/xml", HttpStatus.NOT_ACCEPTABLE).getResponseHeaders()
				.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	@Test
	void anAnswerLargerThanAnEntryIsStreamedEveryTimeAndNeverKept() throws Exception {
		// 124 nominations of the 97th: over the 16 KB an entry may have in this context
		String uri = "/api/nominations?ceremony=oscars-97&size=200";
		SqlStatements statements = new SqlStatements(this.dataSource);
		EntityExchangeResult<byte[]>[] answers = new EntityExchangeResult[2];

		statements.count(() -> answers[0] = get(uri, HttpStatus.OK));
		long second = statements.count(() -> answers[1] = get(uri, HttpStatus.OK));

		assertThat(answers[0].getResponseBody().length).isGreaterThan(16 * 1024);
		assertThat(second).isPositive();
		assertThat(answers[1].getResponseBody()).isEqualTo(answers[0].getResponseBody());
		assertThat(JSON.readTree(answers[1].getResponseBody()).get("content").size()).isGreaterThan(100);
	}

	@Test
	void aConditionalGetIsStillA304WithoutAnySqlStatement() {
		String etag = get("/api/films/anora-2024", HttpStatus.OK).getResponseHeaders().getETag();
		SqlStatements statements = new SqlStatements(this.dataSource);

		long count = statements.count(() -> this.client.get()
			.uri("/api/films/anora-2024")
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.expectStatus()
			.isNotModified());

		assertThat(count).isZero();
	}

	@Test
	void aHeadAndAnyTagOfAHeldAnswerAreAnsweredWithoutAnySqlStatement() {
		// Over the response's 8 KB buffer: its first GET is chunked, with no length
		String uri = "/api/films/anora-2024";
		aWrite();
		EntityExchangeResult<byte[]> held = get(uri, HttpStatus.OK);
		SqlStatements statements = new SqlStatements(this.dataSource);
		HttpHeaders[] answers = new HttpHeaders[2];

		long count = statements.count(() -> {
			answers[0] = this.client.head()
				.uri(uri)
				.exchange()
				.expectStatus()
				.isOk()
				.returnResult()
				.getResponseHeaders();
			answers[1] = conditional(uri, "*", null, HttpStatus.NOT_MODIFIED);
		});

		assertThat(count).isZero();
		assertThat(held.getResponseBody().length).isGreaterThan(8 * 1024);
		assertThat(answers[0].getContentLength()).isEqualTo(held.getResponseBody().length);
		assertThat(answers[0].getETag()).isEqualTo(held.getResponseHeaders().getETag());
		assertThat(answers[0].getContentType()).isEqualTo(held.getResponseHeaders().getContentType());
		assertThat(answers[1].getETag()).isEqualTo(held.getResponseHeaders().getETag());
	}

	@Test
	void aTagOfAHeldAnswerIsA304WithTheHeadersTheHandlerWouldSend() {
		String uri = "/api/films/anora-2024";
		aWrite();
		String etag = get(uri, HttpStatus.OK).getResponseHeaders().getETag();

		// this request's answer is held; the same with another Accept is not, and is
		// answered by HttpCaching once Spring MVC has found the handler
		HttpHeaders held = conditional(uri, etag, null, HttpStatus.NOT_MODIFIED);
		HttpHeaders handler = conditional(uri, etag, "application/json;q=0.9", HttpStatus.NOT_MODIFIED);

		for (String header : List.of(HttpHeaders.ETAG, HttpHeaders.CACHE_CONTROL, HttpHeaders.VARY,
				HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "X-Content-Type-Options")) {
			assertThat(held.get(header)).as(header).isEqualTo(handler.get(header));
		}
		assertThat(held.getETag()).isEqualTo(etag);
		assertThat(conditional(uri, "W/" + etag, null, HttpStatus.NOT_MODIFIED).getETag()).isEqualTo(etag);
		// a tag of another version is a plain GET: the whole answer
		String older = "\"v" + (this.dataVersion.current() - 1) + etag.substring(etag.indexOf('.'));
		assertThat(conditional(uri, older, null, HttpStatus.OK).getETag()).isEqualTo(etag);
	}

	@Test
	void aHeldAnswerIsTimedUnderItsHandlersPathPatternNotAsUnknown() {
		String uri = "/api/films/anora-2024";
		aWrite();
		long films = timed("/api/films/{id}", "200");
		long films304 = timed("/api/films/{id}", "304");
		long unknown = timed("UNKNOWN", "200") + timed("UNKNOWN", "304");

		// the handler's answer, then three from the cache
		String etag = get(uri, HttpStatus.OK).getResponseHeaders().getETag();
		get(uri, HttpStatus.OK); // held
		get(uri, HttpStatus.OK); // held
		conditional(uri, etag, null, HttpStatus.NOT_MODIFIED); // held

		// the server stops timing a request after its answer has gone out, so the last
		// request of the test before may still add one: at least, not exactly
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(timed("/api/films/{id}", "200")).isGreaterThanOrEqualTo(films + 3);
			assertThat(timed("/api/films/{id}", "304")).isGreaterThanOrEqualTo(films304 + 1);
		});
		assertThat(timed("UNKNOWN", "200") + timed("UNKNOWN", "304")).isEqualTo(unknown);
	}

	@Test
	void aHeldAnswerIsStillRefusedToWrongCredentialsAndToAHeaderTheFirewallRefuses() throws IOException {
		String uri = "/api/awards";
		aWrite();
		get(uri, HttpStatus.OK);
		get(uri, HttpStatus.OK); // held

		this.client.get()
			.uri(uri)
			.headers((headers) -> headers.setBasicAuth(TestUsers.EDITOR, "guess"))
			.exchange()
			.expectStatus()
			.isUnauthorized();
		// U+0085, a control character, as Tomcat reads the byte 0x85 of a header value
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.getOutputStream()
				.write(("GET " + uri + " HTTP/1.1\r\nHost: localhost\r\nX-Note: a\u0085b\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.ISO_8859_1));
			String statusLine = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
				.readLine();
			assertThat(statusLine).startsWith("HTTP/1.1 400");
		}
	}

	@Test
	void aCachedAnswerCarriesTheCorsHeadersOfItsOwnRequest() {
		String uri = "/api/awards";
		for (String origin : List.of("https://one.example", "https://two.example")) {
			String allowed = this.client.get()
				.uri(uri)
				.header(HttpHeaders.ORIGIN, origin)
				.exchange()
				.expectStatus()
				.isOk()
				.returnResult(byte[].class)
				.getResponseHeaders()
				.getAccessControlAllowOrigin();
			assertThat(allowed).isIn("*", origin);
		}
	}

	/**
	 * The headers of an answer, by lower-case name, without those of one request's way
	 * through.
	 */
	private static Map<String, List<String>> headersOfTheAnswer(EntityExchangeResult<byte[]> answer) {
		Map<String, List<String>> headers = new TreeMap<>();
		answer.getResponseHeaders().forEach((name, values) -> {
			if (!PER_REQUEST_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
				headers.put(name.toLowerCase(Locale.ROOT), values);
			}
		});
		return headers;
	}

	/** How many GETs were timed under that {@code uri} tag with that status. */
	private long timed(String uriTag, String status) {
		return this.meters.find("http.server.requests")
			.tags("method", "GET", "uri", uriTag, "status", status)
			.timers()
			.stream()
			.mapToLong(Timer::count)
			.sum();
	}

	/** As a write does: the data version moves on, and with it every key. */
	private void aWrite() {
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> this.dataVersion.bump());
	}

	private HttpHeaders conditional(String uri, String etag, String accept, HttpStatus status) {
		return this.client.get().uri(uri).headers((headers) -> {
			headers.set(HttpHeaders.IF_NONE_MATCH, etag);
			headers.set(HttpHeaders.ORIGIN, "https://one.example");
			if (accept != null) {
				headers.set(HttpHeaders.ACCEPT, accept);
			}
		}).exchange().expectStatus().isEqualTo(status).returnResult(byte[].class).getResponseHeaders();
	}

	private EntityExchangeResult<byte[]> gzip(String uri) {
		return CompressionTest.bytesAsSent(this.port)
			.get()
			.uri(uri)
			.header(HttpHeaders.ACCEPT_ENCODING, "gzip, deflate")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult();
	}

	private EntityExchangeResult<byte[]> get(String uri, HttpStatus status) {
		return get(uri, null, status);
	}

	private EntityExchangeResult<byte[]> get(String uri, String accept, HttpStatus status) {
		return this.client.get().uri(uri).headers((headers) -> {
			if (accept != null) {
				headers.set(HttpHeaders.ACCEPT, accept);
			}
		}).exchange().expectStatus().isEqualTo(status).expectBody(byte[].class).returnResult();
	}

}
