package org.awardsapi.editing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.awardsapi.ApiIntegrationTest;
import org.awardsapi.TestUsers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editors changing one record at once lose no update. Each of {@link #EDITORS} editors,
 * in each of {@link #ROUNDS} rounds started together, reads the source (GET, ETag),
 * appends its own token to the title and writes it back with If-Match (PATCH, or PUT
 * every other round), again after each 412, until its write is taken. Then the writes
 * taken (2xx) are exactly one per editor and round, and they form one serial order: by
 * the versions they answered (1, 2, 3, … with no gap), each title is the one before it
 * with that write's token appended, and the final title is the last of them. The 412s are
 * counted and printed ({@code CONCURRENT EDITORS …}). The source is deleted at the end.
 */
@ApiIntegrationTest
class ConcurrentEditorsTest {

	private static final int EDITORS = 8;

	private static final int ROUNDS = 5;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void noUpdateIsLostAndTheWritesTakenFormOneSerialOrder() throws Exception {
		HttpResponse<String> created = send(editor("/api/sources").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"slug\": \"concurrent-editors\", \"title\": \"tokens:\"}")));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String path = created.headers().firstValue("Location").orElseThrow();
		boolean deleted = false;
		try {
			List<Write> taken = new ArrayList<>();
			int preconditionFailed = 0;
			long start = System.nanoTime();
			ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
			try {
				for (int round = 0; round < ROUNDS; round++) {
					CyclicBarrier together = new CyclicBarrier(EDITORS);
					List<Callable<Attempts>> editors = new ArrayList<>();
					for (int editor = 0; editor < EDITORS; editor++) {
						String token = " e" + editor + "r" + round;
						boolean put = round % 2 == 1;
						editors.add(() -> {
							together.await();
							return appendUntilTaken(path, token, put);
						});
					}
					for (Future<Attempts> attempts : pool.invokeAll(editors)) {
						taken.add(attempts.get().taken());
						preconditionFailed += attempts.get().preconditionFailed();
					}
				}
			}
			finally {
				pool.shutdown();
			}
			double seconds = (System.nanoTime() - start) / 1e9;

			taken.sort(Comparator.comparingLong(Write::version));
			assertThat(taken).extracting(Write::version)
				.as("the versions the writes answered: one serial order, no gap")
				.containsExactlyElementsOf(
						java.util.stream.LongStream.rangeClosed(1, (long) EDITORS * ROUNDS).boxed().toList());
			String title = "tokens:";
			for (Write write : taken) {
				title = title + write.token();
				assertThat(write.title()).as("the title written at version %d", write.version()).isEqualTo(title);
			}
			HttpResponse<String> last = send(HttpRequest.newBuilder(uri(path)).GET());
			JsonNode source = JSON.readTree(last.body());
			assertThat(source.path("title").asString()).isEqualTo(title);
			assertThat(title.split(" ")).as("every editor's token of every round, once")
				.hasSize(1 + EDITORS * ROUNDS)
				.doesNotHaveDuplicates();
			System.out.printf(
					"CONCURRENT EDITORS: %d editors x %d rounds on one source: %d writes taken (2xx), %d answered 412"
							+ " and retried, final version %d, %.1f s%n",
					EDITORS, ROUNDS, taken.size(), preconditionFailed, taken.get(taken.size() - 1).version(), seconds);
			assertThat(send(editor(path).header("If-Match", "*").DELETE()).statusCode()).isEqualTo(204);
			deleted = true;
		}
		finally {
			// The context is shared: a failure must not leave the source to the other
			// tests
			if (!deleted) {
				send(editor(path).header("If-Match", "*").DELETE());
			}
		}
	}

	/**
	 * GET, append the token, write with If-Match; again after a 412.
	 */
	private Attempts appendUntilTaken(String path, String token, boolean put) throws Exception {
		int failed = 0;
		while (true) {
			HttpResponse<String> read = send(HttpRequest.newBuilder(uri(path)).GET());
			assertThat(read.statusCode()).isEqualTo(200);
			String etag = read.headers().firstValue("ETag").orElseThrow();
			JsonNode current = JSON.readTree(read.body());
			String title = current.path("title").asString() + token;
			HttpRequest.Builder write = editor(path).header("If-Match", etag);
			if (put) {
				write.header("Content-Type", "application/json")
					.PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
							java.util.Map.of("slug", current.path("slug").asString(), "title", title))));
			}
			else {
				write.header("Content-Type", Edits.MERGE_PATCH)
					.method("PATCH", HttpRequest.BodyPublishers
						.ofString(JSON.writeValueAsString(java.util.Map.of("title", title))));
			}
			HttpResponse<String> written = send(write);
			if (written.statusCode() == 412) {
				failed++;
				continue;
			}
			assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
			String tag = written.headers().firstValue("ETag").orElseThrow();
			long version = Long.parseLong(tag.replaceAll("^(W/)?\"v\\d+\\.\\d+\\.(\\d+)\"$", "$2"));
			return new Attempts(new Write(version, token, JSON.readTree(written.body()).path("title").asString()),
					failed);
		}
	}

	private HttpRequest.Builder editor(String path) {
		return HttpRequest.newBuilder(uri(path))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((TestUsers.EDITOR + ":" + TestUsers.EDITOR_PASSWORD).getBytes(StandardCharsets.UTF_8)));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A write taken: the version it answered, its token, and the title it wrote.
	 */
	private record Write(long version, String token, String title) {
	}

	private record Attempts(Write taken, int preconditionFailed) {
	}

}
