package org.awardsapi.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.awardsapi.ApiIntegrationTest;
import org.awardsapi.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.ExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Idempotency-Key} on {@code POST}, over HTTP against the test-only
 * {@code POST /api/test-echo}, which counts its runs.
 */
@ApiIntegrationTest
class IdempotencyTest {

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IdempotencyKeys keys;

	@Test
	void aRetryGetsTheFirstResponseWithoutRunningAgain() {
		String key = newKey();
		ExchangeResult first = post("/api/test-echo", key, "the body");
		assertThat(first.getStatus().value()).isEqualTo(201);
		assertThat(first.getResponseHeaders().getFirst("Idempotent-Replayed")).isNull();
		int runs = TestEchoController.runs.get();

		ExchangeResult retry = post("/api/test-echo", key, "the body");
		assertThat(retry.getStatus().value()).isEqualTo(201);
		assertThat(retry.getResponseHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
		assertThat(retry.getResponseHeaders().getLocation()).isEqualTo(first.getResponseHeaders().getLocation());
		assertThat(retry.getResponseHeaders().getETag()).isEqualTo(first.getResponseHeaders().getETag());
		assertThat(retry.getResponseHeaders().getContentType()).isEqualTo(first.getResponseHeaders().getContentType());
		assertThat(retry.getResponseBodyContent()).isEqualTo(first.getResponseBodyContent());
		assertThat(TestEchoController.runs.get()).as("not run again").isEqualTo(runs);
	}

	@Test
	void theSameKeyForAnotherRequestIsA422() {
		String key = newKey();
		assertThat(post("/api/test-echo", key, "one body").getStatus().value()).isEqualTo(201);
		this.client.post().uri("/api/test-echo").headers((headers) -> {
			headers.setBasicAuth(TestUsers.EDITOR, TestUsers.EDITOR_PASSWORD);
			headers.set("Idempotency-Key", key);
		})
			.contentType(MediaType.TEXT_PLAIN)
			.body("another body")
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:awards-api:problem:idempotency-key-reused");
		assertThat(post("/api/test-echo?status=201", key, "one body").getStatus().value()).as("another query")
			.isEqualTo(422);
	}

	@Test
	void aRetryWhileTheFirstRequestRunsIsA409() throws Exception {
		String key = newKey();
		TestEchoController.held = new CountDownLatch(1);
		TestEchoController.release = new CountDownLatch(1);
		CompletableFuture<ExchangeResult> first = CompletableFuture
			.supplyAsync(() -> post("/api/test-echo?hold=true", key, "slow"));
		try {
			assertThat(TestEchoController.held.await(30, TimeUnit.SECONDS)).as("the first request started").isTrue();
			ExchangeResult second = post("/api/test-echo?hold=true", key, "slow");
			assertThat(second.getStatus().value()).isEqualTo(409);
			assertThat(new String(second.getResponseBodyContent())).contains("idempotency-key-in-use");
			assertThat(second.getResponseHeaders().getFirst("Retry-After")).isEqualTo("1");
		}
		finally {
			TestEchoController.release.countDown();
		}
		assertThat(first.get(30, TimeUnit.SECONDS).getStatus().value()).isEqualTo(201);
		ExchangeResult third = post("/api/test-echo?hold=true", key, "slow");
		assertThat(third.getStatus().value()).isEqualTo(201);
		assertThat(third.getResponseHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
	}

	@Test
	void aMultipartUploadIsReplayedToo() {
		String key = newKey();
		ExchangeResult first = upload(key, "the file");
		assertThat(first.getStatus().value()).isEqualTo(201);
		assertThat(new String(first.getResponseBodyContent())).contains("\"body\":\"the file\"");
		ExchangeResult retry = upload(key, "the file");
		assertThat(retry.getResponseHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
		assertThat(retry.getResponseBodyContent()).isEqualTo(first.getResponseBodyContent());
		assertThat(upload(key, "another file").getStatus().value()).isEqualTo(422);
	}

	@Test
	void aFailedRequestIsNotKeptSoItsRetryRunsAgain() {
		String key = newKey();
		assertThat(post("/api/test-echo?status=400", key, "x").getStatus().value()).isEqualTo(400);
		int runs = TestEchoController.runs.get();
		ExchangeResult retry = post("/api/test-echo?status=400", key, "x");
		assertThat(retry.getResponseHeaders().getFirst("Idempotent-Replayed")).isNull();
		assertThat(TestEchoController.runs.get()).isEqualTo(runs + 1);
		assertThat(this.keys.find(TestUsers.EDITOR, key)).isEmpty();
	}

	@Test
	void withoutAKeyEveryRequestRuns() {
		int runs = TestEchoController.runs.get();
		post("/api/test-echo", null, "x");
		post("/api/test-echo", null, "x");
		assertThat(TestEchoController.runs.get()).isEqualTo(runs + 2);
	}

	@Test
	void anExpiredKeyIsIgnoredAndPurged() {
		String expired = newKey();
		String recent = newKey();
		insert(expired, Duration.ofHours(25));
		insert(recent, Duration.ofHours(23));
		ExchangeResult reused = post("/api/test-echo", expired, "a new request");
		assertThat(reused.getStatus().value()).as("a new request, not a 422").isEqualTo(201);
		assertThat(reused.getResponseHeaders().getFirst("Idempotent-Replayed")).isNull();

		String older = newKey();
		insert(older, Duration.ofHours(24).plusMinutes(1));
		assertThat(this.keys.purge()).isGreaterThanOrEqualTo(1);
		assertThat(this.keys.find(TestUsers.EDITOR, older)).isEmpty();
		assertThat(this.keys.find(TestUsers.EDITOR, recent)).isPresent();
		assertThat(this.keys.find(TestUsers.EDITOR, expired)).as("taken over by the new request").isPresent();
	}

	@Test
	void aMultipartBodyThatCannotBeParsedIsA400() {
		// found by fuzzing: a 500 before
		this.client.post().uri("/api/test-upload").headers((headers) -> {
			headers.setBasicAuth(TestUsers.EDITOR, TestUsers.EDITOR_PASSWORD);
			headers.set("Idempotency-Key", newKey());
		})
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body("no boundary")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:awards-api:problem:unreadable-body");
	}

	@Test
	void aKeyMustBeShortVisibleAscii() {
		assertThat(post("/api/test-echo", "x".repeat(256), "x").getStatus().value()).isEqualTo(400);
		assertThat(post("/api/test-echo", "with space", "x").getStatus().value()).isEqualTo(400);
	}

	@Test
	void aKeySentInTwoHeadersIsA400() {
		this.client.post().uri("/api/test-echo").headers((headers) -> {
			headers.setBasicAuth(TestUsers.EDITOR, TestUsers.EDITOR_PASSWORD);
			headers.add("Idempotency-Key", "first-key");
			headers.add("Idempotency-Key", "second-key");
		})
			.contentType(MediaType.TEXT_PLAIN)
			.body("x")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Idempotency-Key must be sent once, not in several headers.");
	}

	private void insert(String key, Duration age) {
		this.jdbc
			.sql("insert into idempotency_key (principal, idempotency_key, request_hash, status, body, created_at) "
					+ "values (?, ?, ?, ?, ?, ?)")
			.params(TestUsers.EDITOR, key, "0".repeat(64), 201, new byte[] { '{', '}' },
					OffsetDateTime.now(ZoneOffset.UTC).minus(age))
			.update();
	}

	private ExchangeResult post(String uri, String key, String body) {
		return this.client.post().uri(uri).headers((headers) -> {
			headers.setBasicAuth(TestUsers.EDITOR, TestUsers.EDITOR_PASSWORD);
			if (key != null) {
				headers.set("Idempotency-Key", key);
			}
		}).contentType(MediaType.TEXT_PLAIN).body(body).exchange().returnResult();
	}

	private ExchangeResult upload(String key, String content) {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("file", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {

			@Override
			public String getFilename() {
				return "file.txt";
			}

		});
		return this.client.post().uri("/api/test-upload").headers((headers) -> {
			headers.setBasicAuth(TestUsers.EDITOR, TestUsers.EDITOR_PASSWORD);
			headers.set("Idempotency-Key", key);
		}).contentType(MediaType.MULTIPART_FORM_DATA).body(form).exchange().returnResult();
	}

	private static String newKey() {
		return UUID.randomUUID().toString();
	}

}
