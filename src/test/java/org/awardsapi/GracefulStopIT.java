package org.awardsapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stop (SIGTERM) finishes the request in flight, on the default H2 file database of the
 * packaged app: an editor posts an import of the first lines of DLu's {@code oscars.csv}
 * (skipped where the file is absent), and the stop comes once the app has read the file
 * and begun writing it. The import must still be answered {@code 200} and be in the
 * database after the process exits, and the stop must log no warning or error.
 */
class GracefulStopIT {

	private static final Path WORK = Path.of(System.getProperty("basedir", "."), "target", "graceful-stop");

	/** The header and the rows of the first ceremonies: an import of a few seconds. */
	private static final int LINES = 1500;

	/** The importer's line once it has read the file, before its transaction. */
	private static final String IMPORTING = "rows; importing";

	/** The importer's line after its commit, while the request is still answered. */
	private static final String COMMITTED = "Analysed the tables for the planner";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SHUTDOWN_BEGUN = "Commencing graceful shutdown";

	@Test
	void aStopFinishesTheImportInFlightAndKeepsIt() throws Exception {
		List<String> lines = Files.readAllLines(OscarsCsv.require(), StandardCharsets.UTF_8);
		byte[] body = (String.join("\n", lines.subList(0, Math.min(LINES, lines.size()))) + "\n")
			.getBytes(StandardCharsets.UTF_8);
		Path directory = WORK.resolve(UUID.randomUUID().toString());
		String[] args = PackagedApp.editorArgs().toArray(String[]::new);
		// a first start makes the database (migrations and the seed)
		try (PackagedApp app = PackagedApp.startIn(directory, directory.resolve("first.log"), args)) {
			assertThat(app.get("/api/awards").statusCode()).isEqualTo(200);
		}
		DatabaseFingerprint before = DatabaseFingerprint.ofH2In(directory);

		Path log = directory.resolve("stopped.log");
		PackagedApp app = PackagedApp.startIn(directory, log, args);
		HttpResponse<String> answer;
		try {
			CompletableFuture<HttpResponse<String>> posted = CompletableFuture.supplyAsync(() -> importing(app, body));
			awaitLine(log, IMPORTING);
			app.terminate();
			answer = posted.get(2, TimeUnit.MINUTES);
			assertThat(app.awaitExit(Duration.ofMinutes(1))).as("the app stopped (see %s)", log).isTrue();
		}
		finally {
			app.close();
		}
		assertThat(read(log)).as("the stop began before the import was committed (%s)", log)
			.containsSubsequence(IMPORTING, SHUTDOWN_BEGUN, COMMITTED, "Graceful shutdown complete");
		assertThat(answer.statusCode()).as("the answer to the import in flight: %s", answer.body()).isEqualTo(200);
		long added = JSON.readTree(answer.body()).path("nominationsAdded").asLong();
		assertThat(added).isPositive();
		assertThat(StartIT.warnings(log)).as("warnings and errors in %s", log).isEmpty();
		DatabaseFingerprint after = DatabaseFingerprint.ofH2In(directory);
		assertThat(after.rows("nomination")).isEqualTo(before.rows("nomination") + added);
		assertThat(after.dataVersion()).isEqualTo(before.dataVersion() + 1);
	}

	private static HttpResponse<String> importing(PackagedApp app, byte[] body) {
		try {
			return app.send(PackagedApp.asEditor(HttpRequest.newBuilder())
				.header("Content-Type", "text/tab-separated-values")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body)), "/api/imports");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The log as written so far (a character cut off at its end is replaced). */
	private static String read(Path log) throws IOException {
		return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
	}

	private static void awaitLine(Path log, String text) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(deadline)) {
			if (read(log).contains(text)) {
				return;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("'" + text + "' not logged in " + log);
	}

}
