package org.awardsapi;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import killed part-way leaves the database as it was, and the next import then loads
 * the whole file; two imports at once load it once. On the default H2 file database of
 * the packaged app: the command line import of DLu's whole {@code oscars.csv} (skipped
 * where the file is absent) is killed with SIGKILL once it has written its first batches,
 * then the app is started again on the same database and two editors post the file at
 * once. The database's fingerprint ({@link DatabaseFingerprint}) is compared before and
 * after. Figures are printed ({@code IMPORT FAULTS …}).
 */
class ImportFaultsIT {

	private static final Path WORK = Path.of(System.getProperty("basedir", "."), "target", "import-faults");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void anImportKilledPartWayChangesNothingAndTheNextLoadsTheWholeFile() throws Exception {
		Path oscars = OscarsCsv.require().toAbsolutePath();
		Path directory = WORK
			.resolve(HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()).substring(0, 8));
		Files.createDirectories(directory);
		try (InputStream quirks = ImportFaultsIT.class.getResourceAsStream("importing/quirks.tsv")) {
			Files.copy(quirks, directory.resolve("quirks.tsv"));
		}
		Process small = PackagedApp.java(directory, List.of("import", "quirks.tsv"))
			.redirectErrorStream(true)
			.redirectOutput(directory.resolve("import-quirks.log").toFile())
			.start();
		assertThat(small.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(small.exitValue()).as("the import of the fixture (%s)", directory).isZero();
		DatabaseFingerprint before = DatabaseFingerprint.ofH2In(directory);

		long start = System.nanoTime();
		Process killed = PackagedApp.java(directory, List.of("import", oscars.toString()))
			.redirectErrorStream(true)
			.start();
		String progress = null;
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(killed.getInputStream(), StandardCharsets.UTF_8));
				PrintWriter log = new PrintWriter(Files.newBufferedWriter(directory.resolve("import-killed.log")))) {
			for (String line = out.readLine(); line != null; line = out.readLine()) {
				log.println(line);
				if (line.startsWith("imported ")) {
					progress = line;
					killed.destroyForcibly();
					break;
				}
			}
		}
		assertThat(killed.waitFor(1, TimeUnit.MINUTES)).isTrue();
		double killedAfter = (System.nanoTime() - start) / 1e9;
		assertThat(progress).as("the import wrote its first batches before the kill").isNotNull();
		assertThat(killed.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
		assertThat(DatabaseFingerprint.ofH2In(directory)).as("the database after the kill").isEqualTo(before);

		List<JsonNode> summaries = new ArrayList<>();
		byte[] file = Files.readAllBytes(oscars);
		try (PackagedApp app = PackagedApp.startIn(directory, directory.resolve("app.log"),
				PackagedApp.editorArgs().toArray(String[]::new))) {
			ExecutorService pool = Executors.newFixedThreadPool(2);
			List<Callable<HttpResponse<String>>> imports = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				imports.add(() -> app.send(PackagedApp.asEditor(HttpRequest.newBuilder())
					.header("Content-Type", "text/tab-separated-values")
					.timeout(java.time.Duration.ofMinutes(5))
					.POST(HttpRequest.BodyPublishers.ofByteArray(file)), "/api/imports"));
			}
			for (Future<HttpResponse<String>> answer : pool.invokeAll(imports)) {
				HttpResponse<String> response = answer.get();
				assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
				summaries.add(JSON.readTree(response.body()));
			}
			pool.shutdown();
		}
		assertThat(summaries).extracting((s) -> s.path("unchangedFile").asBoolean())
			.containsExactlyInAnyOrder(false, true);
		JsonNode done = summaries.stream()
			.filter((s) -> !s.path("unchangedFile").asBoolean())
			.findFirst()
			.orElseThrow();
		DatabaseFingerprint after = DatabaseFingerprint.ofH2In(directory);
		long added = done.path("nominationsAdded").asLong();
		assertThat(added).isGreaterThan(10_000);
		assertThat(after.rows("nomination")).isEqualTo(before.rows("nomination") + added);
		assertThat(after.rows("person")).isEqualTo(before.rows("person") + done.path("peopleAdded").asLong());
		assertThat(after.rows("film")).isEqualTo(before.rows("film") + done.path("filmsAdded").asLong());
		assertThat(after.dataVersion()).isEqualTo(before.dataVersion() + 1);
		String checksum = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
		assertThat(after.loads()).anySatisfy((load) -> assertThat(load).startsWith("import:dlu-oscars " + checksum));
		System.out.printf(
				"IMPORT FAULTS h2: the command line import of %s (%,d bytes) killed (SIGKILL) after %.1f s at '%s';"
						+ " fingerprint after the kill = before (%,d nominations, data version %d); then two imports"
						+ " posted at once: %s; %,d nominations added once, in %.1f s%n",
				oscars.getFileName(), file.length, killedAfter, progress, before.rows("nomination"),
				before.dataVersion(),
				summaries.stream()
					.map((s) -> s.path("unchangedFile").asBoolean() ? "200 unchanged" : "200 imported")
					.toList(),
				added, done.path("seconds").asDouble());
	}

}
