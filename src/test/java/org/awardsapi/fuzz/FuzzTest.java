package org.awardsapi.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import org.awardsapi.ApiIntegrationTest;
import org.awardsapi.cache.DataVersion;
import org.awardsapi.fuzz.Fuzzer.Fuzzed;
import org.awardsapi.fuzz.Fuzzer.Kind;
import org.awardsapi.fuzz.Fuzzer.User;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzing: at least 20,000 hostile requests over real HTTP to every operation of the
 * app's own OpenAPI document (so a new endpoint is fuzzed without a change here), to
 * paths nobody documented, with methods nobody documented, with bodies over the limit and
 * as malformed HTTP ({@link Fuzzer} says what it sends). Anonymous users, a reader, a
 * wrong password, junk credentials and the editor send them. Then:
 * <ul>
 * <li>no answer is a 5xx;</li>
 * <li>every 4xx is {@code application/problem+json} with {@code type}, {@code title} and
 * {@code status}, and shows no exception or class name; the only exceptions are answers
 * Tomcat gives to malformed HTTP before the app is reached (no header of the app's
 * filters), counted and listed;</li>
 * <li>each problem type has one title, whoever answered it (RFC 9457, section
 * 3.1.3);</li>
 * <li>no write succeeds, and a write without an editor is a 401 or 403;</li>
 * <li>the database (every row of every table) and the data version are as they were;</li>
 * <li>health is UP at the end; every documented operation was exercised.</li>
 * </ul>
 * The seed is printed; {@code -Dfuzz.seed=…} repeats a run, {@code -Dfuzz.requests=…}
 * changes its length. Figures and the command are in docs/reliability.md.
 */
@ApiIntegrationTest
class FuzzTest {

	static final long SEED = Long.getLong("fuzz.seed", 97_2025L);

	static final int REQUESTS = Integer.getInteger("fuzz.requests", 20_000);

	static final int THREADS = 8;

	private static final List<String> LEAKS = List.of("Exception", "\tat ", "org.springframework", "java.lang",
			"org.hibernate", "org.apache", "SQLState");

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataVersion dataVersion;

	@Test
	void hostileRequestsGetNo5xxOnlyProblemsAndChangeNothing() throws Exception {
		System.out.printf("Fuzzing with seed %d (-Dfuzz.seed=%d), %d requests, %d threads%n", SEED, SEED, REQUESTS,
				THREADS);
		Api api = Api.of(document());
		assertThat(api.reads()).isNotEmpty();
		assertThat(api.writes()).isNotEmpty();
		Map<String, String> before = fingerprint();
		long versionBefore = this.dataVersion.current();
		Results results = new Results();
		long start = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<?>> threads = new ArrayList<>();
			for (int thread = 0; thread < THREADS; thread++) {
				int index = thread;
				threads.add(pool.submit(() -> fuzz(api, index, results)));
			}
			for (Future<?> thread : threads) {
				thread.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		results.print(took);

		assertThat(results.total.sum()).as("requests sent").isGreaterThanOrEqualTo(REQUESTS);
		assertThat(results.failures).as(results.failureCount + " failing answers (seed " + SEED + "), the first ones")
			.isEmpty();
		for (Api.Operation operation : api.operations()) {
			assertThat(results.exercised.getOrDefault(operation.toString(), new AtomicInteger()).get())
				.as("requests to " + operation)
				.isGreaterThanOrEqualTo(REQUESTS / 2000);
		}
		assertThat(results.titles).as("problem types answered").containsKey("urn:awards-api:problem:not-found");
		results.titles.forEach((type, titles) -> assertThat(titles).as("the titles of " + type).hasSize(1));
		assertThat(fingerprint()).as("the data after fuzzing").isEqualTo(before);
		assertThat(this.dataVersion.current()).as("the data version").isEqualTo(versionBefore);
		try (RawHttp http = new RawHttp(this.port)) {
			RawHttp.Response health = http
				.exchange(new RawHttp.Request("GET", "/actuator/health", List.of(), new byte[0], false, false, false));
			assertThat(health.status()).isEqualTo(200);
			assertThat(this.json.readTree(health.text()).path("status").asString()).isEqualTo("UP");
		}
	}

	private void fuzz(Api api, int thread, Results results) {
		Fuzzer fuzzer = new Fuzzer(SEED * 31 + thread, api);
		try (RawHttp http = new RawHttp(this.port)) {
			for (int i = thread; i < REQUESTS; i += THREADS) {
				Fuzzed fuzzed = fuzzer.next();
				long started = System.nanoTime();
				try {
					results.check(fuzzed, http.exchange(fuzzed.request()));
				}
				catch (IOException | RuntimeException ex) {
					results.noAnswer(fuzzed, ex);
				}
				results.timed(fuzzed, System.nanoTime() - started);
			}
		}
	}

	/** What was answered, and what was wrong. */
	private final class Results {

		final LongAdder total = new LongAdder();

		final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();

		final Map<Kind, LongAdder> kinds = new ConcurrentHashMap<>();

		final Map<String, AtomicInteger> exercised = new ConcurrentHashMap<>();

		final Map<String, String> fromTomcat = new ConcurrentHashMap<>();

		final Map<String, LongAdder> fromTomcatCounts = new ConcurrentHashMap<>();

		final List<String> failures = Collections.synchronizedList(new ArrayList<>());

		final AtomicInteger failureCount = new AtomicInteger();

		final Map<String, LongAdder> nanosByKind = new ConcurrentHashMap<>();

		final List<String> slow = Collections.synchronizedList(new ArrayList<>());

		/** The titles each problem type was answered with. */
		final Map<String, Set<String>> titles = new ConcurrentHashMap<>();

		void timed(Fuzzed fuzzed, long nanos) {
			this.nanosByKind.computeIfAbsent(fuzzed.kind() + "/" + fuzzed.user(), (k) -> new LongAdder()).add(nanos);
			if (nanos > 2_000_000_000L && this.slow.size() < 10) {
				this.slow.add(nanos / 1_000_000 + " ms: " + fuzzed.request().describe());
			}
		}

		void check(Fuzzed fuzzed, RawHttp.Response response) {
			count(fuzzed);
			this.statuses.computeIfAbsent(response.status(), (s) -> new LongAdder()).increment();
			int status = response.status();
			String method = fuzzed.request().method().strip();
			if (status >= 500) {
				fail("a 5xx", fuzzed, response);
			}
			else if (status >= 400) {
				String notAProblem = notAProblem(method, response);
				if (notAProblem != null) {
					if (fuzzed.kind() == Kind.RAW && response.header("X-Content-Type-Options") == null) {
						String key = status + " " + response.header("Content-Type");
						this.fromTomcat.putIfAbsent(key, fuzzed.request().describe());
						this.fromTomcatCounts.computeIfAbsent(key, (k) -> new LongAdder()).increment();
					}
					else {
						fail(notAProblem, fuzzed, response);
					}
				}
				String body = response.text();
				LEAKS.stream()
					.filter(body::contains)
					.findFirst()
					.ifPresent((leak) -> fail("a body that shows '" + leak + "'", fuzzed, response));
			}
			else if (status >= 200 && status < 300 && !List.of("GET", "HEAD", "OPTIONS").contains(method)) {
				fail("a write that succeeded, by " + fuzzed.user(), fuzzed, response);
			}
			if (fuzzed.kind() == Kind.WRITE && fuzzed.user() != User.EDITOR && status != 401 && status != 403
					&& !refusedBeforeTheApp(response)) {
				fail("a write by " + fuzzed.user() + " that is not a 401 or 403", fuzzed, response);
			}
		}

		void noAnswer(Fuzzed fuzzed, Exception ex) {
			count(fuzzed);
			if (fuzzed.kind() == Kind.RAW) {
				String key = "no answer (" + ex.getClass().getSimpleName() + ")";
				this.fromTomcat.putIfAbsent(key, fuzzed.request().describe());
				this.fromTomcatCounts.computeIfAbsent(key, (k) -> new LongAdder()).increment();
				return;
			}
			fail("no answer: " + ex, fuzzed, null);
		}

		private void count(Fuzzed fuzzed) {
			this.total.increment();
			this.kinds.computeIfAbsent(fuzzed.kind(), (k) -> new LongAdder()).increment();
			if (fuzzed.operation() != null && fuzzed.kind() != Kind.OTHER_METHOD) {
				this.exercised.computeIfAbsent(fuzzed.operation().toString(), (o) -> new AtomicInteger())
					.incrementAndGet();
			}
		}

		/**
		 * A 400 from Tomcat or the firewall, for a URL or header they refuse before any
		 * authentication: no handler ran.
		 */
		private boolean refusedBeforeTheApp(RawHttp.Response response) {
			String body = response.text();
			return (response.status() == 400 && body.contains("\"type\":\"urn:awards-api:problem:bad-request\""))
					|| body.contains("it did not reach the API");
		}

		private String notAProblem(String method, RawHttp.Response response) {
			String type = response.header("Content-Type");
			if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
				return "a " + response.status() + " that is not application/problem+json";
			}
			if (method.equals("HEAD")) {
				return null;
			}
			try {
				JsonNode problem = FuzzTest.this.json.readTree(response.text());
				if (problem.path("type").asString("").isBlank() || problem.path("title").asString("").isBlank()
						|| problem.path("status").asInt() != response.status()) {
					return "a problem without its type, title or status";
				}
				this.titles.computeIfAbsent(problem.path("type").asString(), (t) -> ConcurrentHashMap.newKeySet())
					.add(problem.path("title").asString());
				return null;
			}
			catch (RuntimeException ex) {
				return "a problem that is not JSON";
			}
		}

		private void fail(String what, Fuzzed fuzzed, RawHttp.Response response) {
			this.failureCount.incrementAndGet();
			if (this.failures.size() >= 40) {
				return;
			}
			String answer = (response != null) ? response.status() + " " + response.header("Content-Type") + " "
					+ response.text().substring(0, Math.min(300, response.text().length())) : "nothing";
			this.failures.add(what + " [" + fuzzed.kind() + ", " + fuzzed.user() + "]\n  " + fuzzed.request().describe()
					+ "\n  answered: " + answer + "\n");
		}

		void print(Duration took) {
			System.out.printf("Fuzzing: %d requests in %.1f s (%.0f/s), seed %d%n", this.total.sum(),
					took.toMillis() / 1000.0, this.total.sum() * 1000.0 / Math.max(1, took.toMillis()), SEED);
			System.out.println("  by kind: " + new TreeMap<>(this.kinds));
			System.out.println("  by status: " + new TreeMap<>(this.statuses));
			System.out.println("  operations exercised: " + this.exercised.size());
			this.nanosByKind
				.forEach((kind, nanos) -> System.out.printf("  time in %s: %d ms%n", kind, nanos.sum() / 1_000_000));
			this.slow.forEach((request) -> System.out.println("  slow: " + request));
			this.fromTomcatCounts.forEach((key, count) -> System.out.printf("  from Tomcat: %s x%d, e.g. %s%n", key,
					count.sum(), this.fromTomcat.get(key)));
			System.out.println("  failures: " + this.failureCount.get());
		}

	}

	private JsonNode document() throws IOException {
		try (RawHttp http = new RawHttp(this.port)) {
			RawHttp.Response response = http
				.exchange(new RawHttp.Request("GET", "/v3/api-docs", List.of(), new byte[0], false, false, false));
			assertThat(response.status()).isEqualTo(200);
			return this.json.readTree(response.text());
		}
	}

	/**
	 * Every table's row count and a hash of all its rows (sorted, so that the order rows
	 * come back in does not matter).
	 */
	private Map<String, String> fingerprint() throws Exception {
		Map<String, String> fingerprint = new LinkedHashMap<>();
		List<String> tables = this.jdbc.queryForList(
				"select table_name from information_schema.tables "
						+ "where table_schema = current_schema and table_type = 'BASE TABLE' order by table_name",
				String.class);
		assertThat(tables).isNotEmpty();
		for (String table : tables) {
			List<String> rows = this.jdbc.query("select * from \"" + table + "\"", (rs, n) -> {
				StringBuilder row = new StringBuilder();
				for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
					row.append(rs.getString(column)).append('\u0001');
				}
				return row.toString();
			});
			Collections.sort(rows);
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			rows.forEach((row) -> digest.update(row.getBytes(StandardCharsets.UTF_8)));
			fingerprint.put(table, rows.size() + " rows, " + HexFormat.of().formatHex(digest.digest()));
		}
		return fingerprint;
	}

}
