package org.awardsapi.security;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import org.awardsapi.ApiIntegrationTest;
import org.awardsapi.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request bodies: refused with {@code 413} past their limit (1 MB for writes, 20 MB for
 * imports), by {@code Content-Length} before reading and while reading a chunked body;
 * and never read at all for a write that is refused for want of credentials, whatever its
 * size or form.
 */
@ApiIntegrationTest
class BodyLimitTest {

	private static final int MB = 1024 * 1024;

	@LocalServerPort
	int port;

	@Autowired
	RestTestClient client;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aBodyOverTheLimitByItsLengthIsRefusedUnread() throws Exception {
		int before = TestEchoController.runs.get();
		HttpResponse<String> response = send("/api/test-echo", editor(),
				HttpRequest.BodyPublishers.ofByteArray(filled(MB + 1)));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("urn:awards-api:problem:content-too-large", "1048576 bytes");
		assertThat(TestEchoController.runs.get()).as("the controller never ran").isEqualTo(before);
	}

	@Test
	void aChunkedBodyIsRefusedOnceItPassesTheLimit() throws Exception {
		HttpResponse<String> response = send("/api/test-echo", editor(), chunked(MB + MB / 2));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("urn:awards-api:problem:content-too-large");
		HttpResponse<String> json = send("/api/test-json", editor("Content-Type", "application/json"),
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json(MB + MB / 2))));
		assertThat(json.statusCode()).as("read by Jackson").isEqualTo(413);
		HttpResponse<String> keyed = send("/api/test-echo", editor("Idempotency-Key", "too-large-body"),
				chunked(MB + MB / 2));
		assertThat(keyed.statusCode()).as("read by the idempotency filter").isEqualTo(413);
	}

	@Test
	void aBodyUnderTheLimitIsRead() throws Exception {
		HttpResponse<String> response = send("/api/test-echo", editor(), chunked(MB - 1));
		assertThat(response.statusCode()).isEqualTo(201);
	}

	@Test
	void importsMayBeLarger() throws Exception {
		HttpResponse<String> response = send("/api/imports", editor("Content-Type", "text/tab-separated-values"),
				HttpRequest.BodyPublishers.ofByteArray(filled(MB + MB / 2)));
		assertThat(response.statusCode()).as("read, and rejected as no DLu file").isEqualTo(422);
		assertThat(
				rawStatus("POST /api/imports", editorAuthorization(), "text/tab-separated-values", 21L * 1000 * 1000))
			.isEqualTo(413);
	}

	@Test
	void aWriteWithoutCredentialsIsRefusedBeforeItsBodyIsRead() throws Exception {
		// The server answers without waiting for the 100 MB it was promised.
		assertThat(rawStatus("POST /api/test-echo", null, "application/json", 100L * MB)).isEqualTo(401);
		assertThat(rawStatus("POST /api/imports", null, "text/tab-separated-values", 100L * MB)).isEqualTo(401);
		assertThat(rawStatus("PUT /api/test-echo", null, "application/x-www-form-urlencoded", 100L * MB))
			.isEqualTo(401);
		assertThat(rawStatus("POST /api/test-echo", readerAuthorization(), "application/json", 100L * MB))
			.isEqualTo(403);
		HttpResponse<String> large = send("/api/test-json", new String[] { "Content-Type", "application/json" },
				HttpRequest.BodyPublishers.ofByteArray(filled(MB + MB / 2)));
		assertThat(large.statusCode()).as("not 413").isEqualTo(401);
	}

	@Test
	void aMalformedBodyWithoutCredentialsIsA401NotA400() {
		this.client.post()
			.uri("/api/test-json")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"run\": ")
			.exchange()
			.expectStatus()
			.isUnauthorized();
		this.client.post()
			.uri("/api/test-json")
			.headers((headers) -> headers.setBasicAuth(TestUsers.EDITOR, TestUsers.EDITOR_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"run\": ")
			.exchange()
			.expectStatus()
			.isBadRequest();
	}

	private HttpResponse<String> send(String path, String[] headers, HttpRequest.BodyPublisher body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.POST(body);
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Sends only the head of a request that announces a body, and reads the status line
	 * of the answer: a server that waited for the body would time out.
	 */
	private int rawStatus(String requestLine, String authorization, String contentType, long contentLength)
			throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			String head = requestLine + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
					+ "\r\nContent-Length: " + contentLength + "\r\n"
					+ ((authorization != null) ? "Authorization: " + authorization + "\r\n" : "") + "\r\n";
			out.write(head.getBytes(StandardCharsets.US_ASCII));
			out.write("{\"x\": 1".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			String status = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
				.readLine();
			return Integer.parseInt(status.split(" ")[1]);
		}
	}

	private static String[] editor(String... more) {
		String[] headers = Arrays.copyOf(new String[] { "Authorization", editorAuthorization() }, 2 + more.length);
		System.arraycopy(more, 0, headers, 2, more.length);
		return headers;
	}

	private static String editorAuthorization() {
		return basic(TestUsers.EDITOR, TestUsers.EDITOR_PASSWORD);
	}

	private static String readerAuthorization() {
		return basic(TestUsers.READER, TestUsers.READER_PASSWORD);
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static HttpRequest.BodyPublisher chunked(int length) {
		return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(filled(length)));
	}

	/** A JSON document of about that length: one long string. */
	private static byte[] json(int length) {
		byte[] bytes = filled(length);
		byte[] start = "{\"run\": 1, \"body\": \"".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(start, 0, bytes, 0, start.length);
		bytes[length - 2] = '"';
		bytes[length - 1] = '}';
		return bytes;
	}

	private static byte[] filled(int length) {
		byte[] bytes = new byte[length];
		Arrays.fill(bytes, (byte) 'a');
		return bytes;
	}

}
