package org.awardsapi;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the packaged app on one PostgreSQL database, started at the same
 * moment on an empty schema (run by failsafe; skipped where PostgreSQL does not answer):
 * each sees the other's writes at once, their ETags agree, and two imports started
 * together neither corrupt nor duplicate anything.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiInstanceIT {

	private static final Path LOGS = Path.of(System.getProperty("basedir", "."), "target", "multi-instance");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static String schema;

	private static PackagedApp first;

	private static PackagedApp second;

	@BeforeAll
	static void startTwoInstancesAtOnce() throws Exception {
		PostgresServer.assumeAnswers("the two-instance test");
		schema = PostgresServer.createSchema("mi_");
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<PackagedApp>> starts = pool.invokeAll(List.of(start("first"), start("second")));
		pool.shutdown();
		first = starts.get(0).get();
		second = starts.get(1).get();
	}

	private static Callable<PackagedApp> start(String name) {
		List<String> args = new ArrayList<>(PostgresServer.appArgs(schema));
		args.addAll(PackagedApp.editorArgs());
		args.addAll(List.of("--awards.imports.enabled=true", "--awards.cache.version-refresh=200ms"));
		return () -> PackagedApp.start(LOGS.resolve(name + ".log"), args.toArray(String[]::new));
	}

	@AfterAll
	static void stopAndDropTheSchema() throws Exception {
		for (PackagedApp app : new PackagedApp[] { first, second }) {
			if (app != null) {
				app.close();
			}
		}
		if (schema != null) {
			PostgresServer.dropSchema(schema);
		}
	}

	@Test
	@Order(1)
	void bothStartedOnTheSameEmptyDatabaseAndTheSeedWasLoadedOnce() throws Exception {
		for (PackagedApp app : List.of(first, second)) {
			assertThat(json(app.get("/api/ceremonies")).path("page").path("totalElements").asLong()).isEqualTo(3);
			assertThat(json(app.get("/api/people?q=sean%20baker")).path("page").path("totalElements").asLong())
				.isEqualTo(1);
			assertThat(json(app.get("/api/ceremonies/oscars-97")).path("counts").path("nominations").asLong())
				.isEqualTo(124);
		}
	}

	@Test
	@Order(2)
	void aWriteThroughOneIsReadThroughTheOtherAtOnceAndTheirETagsAgree() throws Exception {
		HttpResponse<String> created = first.send(
				editor(HttpRequest.newBuilder()).header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers
						.ofString("{\"slug\": \"two-instances\", \"title\": \"Written through the first instance\"}")),
				"/api/sources");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String location = created.headers().firstValue("Location").orElseThrow();
		HttpResponse<String> read = second.get(location);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(json(read).path("title").asString()).isEqualTo("Written through the first instance");
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		String firstTag;
		String secondTag;
		do {
			firstTag = first.get("/api/films/anora-2024").headers().firstValue("ETag").orElseThrow();
			secondTag = second.get("/api/films/anora-2024").headers().firstValue("ETag").orElseThrow();
		}
		while (!firstTag.equals(secondTag) && Instant.now().isBefore(deadline) && pause());
		assertThat(secondTag).isEqualTo(firstTag);
		HttpResponse<String> notModified = second.send(HttpRequest.newBuilder().GET().header("If-None-Match", firstTag),
				"/api/films/anora-2024");
		assertThat(notModified.statusCode()).isEqualTo(304);
	}

	@Test
	@Order(3)
	void twoImportsAtOnceNeitherCorruptNorDuplicate() throws Exception {
		byte[] file;
		try (var in = MultiInstanceIT.class.getResourceAsStream("importing/quirks.tsv")) {
			file = in.readAllBytes();
		}
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Callable<HttpResponse<String>>> imports = new ArrayList<>();
		for (PackagedApp app : List.of(first, second)) {
			imports
				.add(() -> app.send(editor(HttpRequest.newBuilder()).header("Content-Type", "text/tab-separated-values")
					.POST(HttpRequest.BodyPublishers.ofByteArray(file)), "/api/imports"));
		}
		List<JsonNode> summaries = new ArrayList<>();
		for (Future<HttpResponse<String>> answer : pool.invokeAll(imports)) {
			HttpResponse<String> response = answer.get();
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			summaries.add(json(response));
		}
		pool.shutdown();
		assertThat(summaries).extracting((s) -> s.path("nominationsAdded").asInt()).containsExactlyInAnyOrder(20, 0);
		assertThat(summaries).extracting((s) -> s.path("unchangedFile").asBoolean())
			.containsExactlyInAnyOrder(false, true);
		for (PackagedApp app : List.of(first, second)) {
			assertThat(json(app.get("/api/nominations?ceremony=oscars-69&size=1")).path("page")
				.path("totalElements")
				.asLong()).isEqualTo(8);
			assertThat(json(app.get("/api/people?q=jo%20pike")).path("page").path("totalElements").asLong())
				.isEqualTo(1);
		}
	}

	private static HttpRequest.Builder editor(HttpRequest.Builder request) {
		return PackagedApp.asEditor(request);
	}

	private static boolean pause() throws InterruptedException {
		Thread.sleep(100);
		return true;
	}

	private static JsonNode json(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

}
