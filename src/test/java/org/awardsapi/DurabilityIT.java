package org.awardsapi;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acknowledged writes survive a crash. A few editors write through the API at once
 * (people with several other names, nominations with several nominees, patches of a
 * source), the process is killed with SIGKILL while they write, and the app is started
 * again on the same database: every write answered 2xx is there, whole; a write in flight
 * at the kill is either wholly there or not at all, never in part. On the default H2 file
 * database (the jar started in a directory of its own, with the default
 * {@code spring.datasource.url}), then on PostgreSQL where one answers. Figures are
 * printed ({@code DURABILITY …}) for docs/reliability.md.
 */
class DurabilityIT {

	private static final Path WORK = Path.of(System.getProperty("basedir", "."), "target", "durability");

	/** Writers at once, each sending one write after another. */
	private static final int CLIENTS = 4;

	/** Writes acknowledged before the kill, at least. */
	private static final int ACKNOWLEDGED = 60;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void everyAcknowledgedWriteSurvivesSigkillOnTheDefaultH2FileDatabase() throws Exception {
		Path directory = WORK.resolve("h2-" + random());
		String[] args = PackagedApp.editorArgs().toArray(String[]::new);
		PackagedApp app = PackagedApp.startIn(directory, directory.resolve("before-kill.log"), args);
		Writes writes = new Writes("h2");
		writes.untilKilled(app);
		try (PackagedApp restarted = PackagedApp.startIn(directory, directory.resolve("after-kill.log"), args)) {
			writes.verify(restarted);
		}
	}

	@Test
	void everyAcknowledgedWriteSurvivesSigkillOnPostgres() throws Exception {
		PostgresServer.assumeAnswers("the durability test on PostgreSQL");
		String schema = PostgresServer.createSchema("dur_");
		try {
			List<String> args = new ArrayList<>(PostgresServer.appArgs(schema));
			args.addAll(PackagedApp.editorArgs());
			Path logs = WORK.resolve("pg-" + schema);
			PackagedApp app = PackagedApp.start(logs.resolve("before-kill.log"), args.toArray(String[]::new));
			Writes writes = new Writes("postgres");
			writes.untilKilled(app);
			try (PackagedApp restarted = PackagedApp.start(logs.resolve("after-kill.log"),
					args.toArray(String[]::new))) {
				writes.verify(restarted);
			}
		}
		finally {
			PostgresServer.dropSchema(schema);
		}
	}

	private static String random() {
		return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()).substring(0, 8);
	}

	/**
	 * The writes of a few clients, each one after another: what was sent, and what was
	 * answered 2xx.
	 */
	private static final class Writes {

		private final String database;

		private final String run = random();

		/** Each client's people and nominations: acknowledged, or sent and unanswered. */
		private final Map<String, Boolean> people = Collections.synchronizedMap(new LinkedHashMap<>());

		private final Map<String, Boolean> nominations = Collections.synchronizedMap(new LinkedHashMap<>());

		/** Each client's source: the number of the last patch acknowledged, and sent. */
		private final int[] patchAcknowledged = new int[CLIENTS];

		private final int[] patchSent = new int[CLIENTS];

		private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

		private final AtomicInteger acknowledged = new AtomicInteger();

		private final AtomicInteger sent = new AtomicInteger();

		private long millisToKill;

		Writes(String database) {
			this.database = database;
		}

		/**
		 * Writes from {@link #CLIENTS} threads, and kills the app once
		 * {@link #ACKNOWLEDGED} writes have been answered, while the clients still write.
		 */
		void untilKilled(PackagedApp app) throws Exception {
			String[] tags = new String[CLIENTS];
			for (int client = 0; client < CLIENTS; client++) {
				HttpResponse<String> created = app.send(json(PackagedApp.asEditor(HttpRequest.newBuilder()))
					.POST(body(Map.of("slug", source(client), "title", title(client, 0)))), "/api/sources");
				assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
				tags[client] = created.headers().firstValue("ETag").orElseThrow();
			}
			List<Thread> clients = new ArrayList<>();
			long start = System.nanoTime();
			for (int client = 0; client < CLIENTS; client++) {
				int c = client;
				Thread thread = new Thread(() -> write(app, c, tags[c]), "writer-" + c);
				thread.start();
				clients.add(thread);
			}
			while (this.acknowledged.get() < ACKNOWLEDGED && this.failures.isEmpty()
					&& clients.stream().anyMatch(Thread::isAlive)) {
				Thread.sleep(10);
			}
			app.kill();
			this.millisToKill = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
			for (Thread client : clients) {
				client.join(TimeUnit.SECONDS.toMillis(90));
			}
			assertThat(this.failures).as("answers other than 2xx before the kill").isEmpty();
			assertThat(this.acknowledged).as("writes acknowledged before the kill")
				.hasValueGreaterThanOrEqualTo(ACKNOWLEDGED);
		}

		/**
		 * One client: a person with four other names, a nomination with three nominees, a
		 * patch of its source, again and again until the app is gone.
		 */
		private void write(PackagedApp app, int client, String tag) {
			String etag = tag;
			for (int n = 1;; n++) {
				String key = client + "-" + n;
				try {
					switch (n % 3) {
						case 1 -> {
							String slug = "durable-" + this.run + "-" + key;
							this.people.put(slug, false);
							this.sent.incrementAndGet();
							expect(201,
									app.send(json(PackagedApp.asEditor(HttpRequest.newBuilder())).POST(body(Map
										.of("slug", slug, "name", "Durable " + key, "otherNames", otherNames(key)))),
											"/api/people"));
							this.people.put(slug, true);
						}
						case 2 -> {
							String credit = credit(key);
							this.nominations.put(credit, false);
							this.sent.incrementAndGet();
							expect(201, app.send(
									json(PackagedApp.asEditor(HttpRequest.newBuilder()))
										.POST(body(Map.of("ceremony", "oscars-97", "category", "best-picture", "films",
												List.of("anora-2024"), "nominees", nominees(key), "credit", credit,
												"won", false, "sources", List.of(source(client))))),
									"/api/nominations"));
							this.nominations.put(credit, true);
						}
						default -> {
							this.patchSent[client] = n;
							this.sent.incrementAndGet();
							HttpResponse<String> patched = app.send(
									PackagedApp.asEditor(HttpRequest.newBuilder())
										.header("Content-Type", "application/merge-patch+json")
										.header("If-Match", etag)
										.method("PATCH", body(Map.of("title", title(client, n)))),
									"/api/sources/" + source(client));
							expect(200, patched);
							etag = patched.headers().firstValue("ETag").orElseThrow();
							this.patchAcknowledged[client] = n;
						}
					}
					this.acknowledged.incrementAndGet();
				}
				catch (IOException ex) {
					return; // the app is gone: this write is in flight, unanswered
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
				catch (AssertionError ex) {
					this.failures.add(ex.getMessage());
					return;
				}
			}
		}

		/**
		 * Every acknowledged write is there, whole; the unanswered ones are whole or
		 * absent.
		 */
		void verify(PackagedApp app) throws Exception {
			int found = 0;
			int inFlightFound = 0;
			for (Map.Entry<String, Boolean> person : Map.copyOf(this.people).entrySet()) {
				HttpResponse<String> read = app.get("/api/people/" + person.getKey());
				if (person.getValue() || read.statusCode() != 404) {
					assertThat(read.statusCode()).as("%s (acknowledged: %s)", person, person.getValue()).isEqualTo(200);
					String key = person.getKey().substring(("durable-" + this.run + "-").length());
					JsonNode body = JSON.readTree(read.body());
					assertThat(body.path("name").asString()).isEqualTo("Durable " + key);
					assertThat(body.path("otherNames").valueStream().map(JsonNode::asString))
						.as("the other names of %s", person.getKey())
						.containsExactlyElementsOf(otherNames(key));
					if (person.getValue()) {
						found++;
					}
					else {
						inFlightFound++;
					}
				}
			}
			Map<String, JsonNode> stored = new LinkedHashMap<>();
			HttpResponse<String> list = app.get("/api/nominations?ceremony=oscars-97&category=best-picture&size=200");
			assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
			JSON.readTree(list.body())
				.path("content")
				.valueStream()
				.filter((n) -> n.path("credit").isString()
						&& n.path("credit").asString().startsWith("durable " + this.run + " "))
				.forEach((n) -> stored.put(n.path("credit").asString(), n));
			assertThat(this.nominations.keySet()).as("the nominations written")
				.containsAll(stored.keySet())
				.hasSizeLessThan(200 - 10);
			for (Map.Entry<String, Boolean> nomination : Map.copyOf(this.nominations).entrySet()) {
				JsonNode n = stored.get(nomination.getKey());
				if (nomination.getValue()) {
					assertThat(n).as("the acknowledged nomination '%s'", nomination.getKey()).isNotNull();
					found++;
				}
				else if (n != null) {
					inFlightFound++;
				}
				if (n != null) {
					String key = nomination.getKey().substring(("durable " + this.run + " ").length());
					assertThat(n.path("nominees").valueStream().map((nominee) -> nominee.path("name").asString()))
						.as("the nominees of '%s'", nomination.getKey())
						.containsExactlyElementsOf(nominees(key).stream().map((c) -> c.get("country")).toList());
					assertThat(n.path("films").valueStream().map((f) -> f.path("slug").asString()))
						.containsExactly("anora-2024");
					assertThat(n.path("sources")).hasSize(1);
				}
			}
			for (int client = 0; client < CLIENTS; client++) {
				HttpResponse<String> read = app.get("/api/sources/" + source(client));
				assertThat(read.statusCode()).isEqualTo(200);
				String title = JSON.readTree(read.body()).path("title").asString();
				assertThat(title)
					.as("client %d's source, its last patch acknowledged %d, sent %d", client,
							this.patchAcknowledged[client], this.patchSent[client])
					.isIn(title(client, this.patchAcknowledged[client]), title(client, this.patchSent[client]));
				if (this.patchSent[client] != this.patchAcknowledged[client]
						&& title.equals(title(client, this.patchSent[client]))) {
					inFlightFound++;
				}
			}
			int patchesAcknowledged = 0;
			for (int client = 0; client < CLIENTS; client++) {
				patchesAcknowledged += this.patchAcknowledged[client] / 3;
			}
			int acknowledged = this.acknowledged.get();
			int inFlight = this.sent.get() - acknowledged;
			System.out.printf(
					"DURABILITY %s: %d clients; SIGKILL after %.1f s; %d writes sent, %d acknowledged (2xx), %d in"
							+ " flight; after the restart: every acknowledged write there, whole (%d people, %d"
							+ " nominations and the last acknowledged patch of %d sources checked, %d patches"
							+ " acknowledged in all), %d of the %d in flight there (whole), none in part%n",
					this.database, CLIENTS, this.millisToKill / 1000.0, this.sent.get(), acknowledged, inFlight,
					count(this.people, true), count(this.nominations, true), CLIENTS, patchesAcknowledged,
					inFlightFound, inFlight);
			assertThat(found).as("acknowledged people and nominations found")
				.isEqualTo(count(this.people, true) + count(this.nominations, true));
		}

		private static int count(Map<String, Boolean> writes, boolean acknowledged) {
			synchronized (writes) {
				return (int) writes.values().stream().filter((a) -> a == acknowledged).count();
			}
		}

		private String source(int client) {
			return "durable-" + this.run + "-source-" + client;
		}

		private String credit(String key) {
			return "durable " + this.run + " " + key;
		}

		private static String title(int client, int patch) {
			return "Client " + client + ", patch " + patch;
		}

		private static List<String> otherNames(String key) {
			return List.of("Durable " + key + " a", "Durable " + key + " b", "Durable " + key + " c",
					"Durable " + key + " d");
		}

		private static List<Map<String, String>> nominees(String key) {
			return List.of(Map.of("country", "Country " + key + " a"), Map.of("country", "Country " + key + " b"),
					Map.of("country", "Country " + key + " c"));
		}

		private static HttpRequest.Builder json(HttpRequest.Builder request) {
			return request.header("Content-Type", "application/json");
		}

		private static HttpRequest.BodyPublisher body(Object body) {
			return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
		}

		private static void expect(int status, HttpResponse<String> response) {
			assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		}

	}

}
