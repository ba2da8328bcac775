package org.awardsapi;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two instances of the packaged app on one PostgreSQL database, started at the same
 * moment on an empty schema (run by failsafe; skipped where PostgreSQL does not answer):
 * each sees the other's writes at once, their ETags agree, and two imports started
 * together neither corrupt nor duplicate anything.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiInstanceIT {

	private static final String URL = System.getenv()
		.getOrDefault("AWARDS_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");

	private static final String USER = System.getenv().getOrDefault("AWARDS_TEST_POSTGRES_USER", "postgres");

	private static final String PASSWORD = System.getenv().getOrDefault("AWARDS_TEST_POSTGRES_PASSWORD", "");

	private static final Path LOGS = Path.of(System.getProperty("basedir", "."), "target", "multi-instance");

	/**
	 * The tests' editor ({@link TestUsers}), with the hash the tests' configuration has.
	 */
	static final String EDITOR_HASH = "{bcrypt}$2a$04$5yZQ9T5wYTDyJ4wcajIdGuLJ0e5LHjXWBxaiRhKaCrzMn93Ri66hS";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static String schema;

	private static PackagedApp first;

	private static PackagedApp second;

	@BeforeAll
	static void startTwoInstancesAtOnce() throws Exception {
		assumeTrue(postgresAnswers(), "PostgreSQL does not answer at " + URL + ": the two-instance test is skipped");
		schema = "mi_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()).substring(0, 12);
		execute("create schema " + schema);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<PackagedApp>> starts = pool.invokeAll(List.of(start("first"), start("second")));
		pool.shutdown();
		first = starts.get(0).get();
		second = starts.get(1).get();
	}

	private static Callable<PackagedApp> start(String name) {
		String url = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
		return () -> PackagedApp.start(LOGS.resolve(name + ".log"), "--spring.profiles.active=postgres",
				"--spring.datasource.url=" + url, "--spring.datasource.username=" + USER,
				"--spring.datasource.password=" + PASSWORD, "--spring.flyway.schemas=" + schema,
				"--awards.imports.enabled=true", "--awards.cache.version-refresh=200ms",
				"--awards.security.users[0].name=" + TestUsers.EDITOR,
				"--awards.security.users[0].password-hash=" + EDITOR_HASH, "--awards.security.users[0].roles=EDITOR",
				"--awards.rate-limit.capacity=100000", "--awards.rate-limit.refill-per-minute=100000");
	}

	@AfterAll
	static void stopAndDropTheSchema() throws Exception {
		for (PackagedApp app : new PackagedApp[] { first, second }) {
			if (app != null) {
				app.close();
			}
		}
		if (schema != null) {
			execute("drop schema " + schema + " cascade");
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
		return request.header("Authorization", "Basic " + Base64.getEncoder()
			.encodeToString((TestUsers.EDITOR + ":" + TestUsers.EDITOR_PASSWORD).getBytes(StandardCharsets.UTF_8)));
	}

	private static boolean pause() throws InterruptedException {
		Thread.sleep(100);
		return true;
	}

	private static JsonNode json(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private static boolean postgresAnswers() {
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
			return connection.isValid(5);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	private static void execute(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
			connection.createStatement().execute(sql);
		}
	}

}
