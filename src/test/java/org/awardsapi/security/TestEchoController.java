package org.awardsapi.security;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Test-only routes, so that the security, rate limit, body limit and idempotency tests
 * depend on no feature's endpoints: a {@code POST} that creates (a counter tells each run
 * apart), reads answering {@code 200} and {@code 304}, and failures. Picked up by every
 * {@code @SpringBootTest} context, as any route would be, and so also checked by
 * {@link WriteAccessTest}.
 */
@RestController
class TestEchoController {

	static final AtomicInteger runs = new AtomicInteger();

	/** Counted down when a held request has started. */
	static volatile CountDownLatch held = new CountDownLatch(1);

	/** Counted down to let a held request finish. */
	static volatile CountDownLatch release = new CountDownLatch(1);

	@PostMapping("/api/test-echo")
	ResponseEntity<Echo> echo(@RequestBody(required = false) String body,
			@RequestParam(defaultValue = "false") boolean hold, @RequestParam(defaultValue = "201") int status)
			throws InterruptedException {
		int run = runs.incrementAndGet();
		if (hold) {
			held.countDown();
			release.await(30, TimeUnit.SECONDS);
		}
		return ResponseEntity.status(status)
			.location(URI.create("/api/test-echo/" + run))
			.eTag("\"run-" + run + "\"")
			.body(new Echo(run, body));
	}

	@PostMapping("/api/test-json")
	Echo json(@RequestBody Echo echo) {
		return echo;
	}

	@PostMapping("/api/test-upload")
	ResponseEntity<Echo> upload(@RequestPart("file") MultipartFile file) throws IOException {
		int run = runs.incrementAndGet();
		return ResponseEntity.created(URI.create("/api/test-echo/" + run))
			.body(new Echo(run, new String(file.getBytes(), StandardCharsets.UTF_8)));
	}

	@GetMapping("/api/test-read")
	Echo read() {
		return new Echo(0, "fresh");
	}

	@GetMapping("/api/test-not-modified")
	ResponseEntity<Void> notModified() {
		return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag("\"same\"").build();
	}

	@GetMapping("/api/test-failure")
	Echo failure() {
		throw new IllegalStateException(
				"could not execute statement [select secret from editor_password where id = 1] in org.awardsapi.Secret");
	}

	@PostMapping("/api/test-lock-timeout")
	Echo lockTimeout() {
		throw new org.springframework.dao.CannotAcquireLockException(
				"could not execute statement [Timeout trying to lock table \"NOMINATION\"]");
	}

	@GetMapping("/api/test-send-error")
	void sendError(HttpServletResponse response) throws Exception {
		response.sendError(500, "java.sql.SQLException: select secret from editor_password");
	}

	/**
	 * What {@code POST /api/test-echo} answers.
	 *
	 * @param run the how-manyth run of the route this is
	 * @param body the body it was sent
	 */
	record Echo(int run, String body) {
	}

}
