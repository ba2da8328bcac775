package org.awardsapi;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar ({@code -Dawards.jar}, set by failsafe) started in a process of its
 * own on a free port, for the tests that run the app as users run it.
 */
public final class PackagedApp implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	/**
	 * The bcrypt hash of the tests' editor's password ({@link TestUsers}), as the tests'
	 * configuration has it.
	 */
	public static final String EDITOR_HASH = "{bcrypt}$2a$04$5yZQ9T5wYTDyJ4wcajIdGuLJ0e5LHjXWBxaiRhKaCrzMn93Ri66hS";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final Process process;

	private final String baseUrl;

	private final Path log;

	private PackagedApp(Process process, String baseUrl, Path log) {
		this.process = process;
		this.baseUrl = baseUrl;
		this.log = log;
	}

	/**
	 * Starts the jar and waits until it is healthy.
	 * @param log where its output goes
	 * @param args Spring Boot arguments, such as {@code --spring.datasource.url=…}
	 * @return the running app
	 */
	public static PackagedApp start(Path log, String... args) throws IOException, InterruptedException {
		return startIn(null, log, args);
	}

	/**
	 * Starts the jar in a working directory of its own, where the default database
	 * ({@code ./data/awards}, an H2 file) is then made, and waits until it is healthy.
	 * @param directory the working directory, or {@code null} for this one
	 * @param log where its output goes
	 * @param args Spring Boot arguments
	 * @return the running app
	 */
	public static PackagedApp startIn(Path directory, Path log, String... args)
			throws IOException, InterruptedException {
		Files.createDirectories(log.getParent());
		int port = freePort();
		List<String> command = new ArrayList<>(List.of("--server.port=" + port));
		command.addAll(List.of(args));
		Process process = java(directory, command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		PackagedApp app = new PackagedApp(process, "http://localhost:" + port, log);
		app.awaitHealth();
		return app;
	}

	/**
	 * A process of the jar, not yet started: {@code java -jar awards-api.jar args…}.
	 * @param directory the working directory, or {@code null} for this one
	 * @param args the arguments after the jar
	 * @return the process builder
	 */
	public static ProcessBuilder java(Path directory, List<String> args) throws IOException {
		String jar = System.getProperty("awards.jar");
		assertThat(jar).as("the packaged jar (system property awards.jar)").isNotBlank();
		assertThat(Path.of(jar)).as("the packaged jar").exists();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar));
		command.addAll(args);
		ProcessBuilder builder = new ProcessBuilder(command);
		if (directory != null) {
			Files.createDirectories(directory);
			builder.directory(directory.toFile());
		}
		return builder;
	}

	/**
	 * The arguments that make the tests' editor ({@link TestUsers}) an editor of the app
	 * and lift the rate limits, for tests that write a lot.
	 * @return Spring Boot arguments
	 */
	public static List<String> editorArgs() {
		return List.of("--awards.security.users[0].name=" + TestUsers.EDITOR,
				"--awards.security.users[0].password-hash=" + EDITOR_HASH, "--awards.security.users[0].roles=EDITOR",
				"--awards.rate-limit.capacity=1000000", "--awards.rate-limit.refill-per-minute=1000000",
				"--awards.rate-limit.writes.capacity=1000000", "--awards.rate-limit.writes.refill-per-minute=1000000");
	}

	public String baseUrl() {
		return this.baseUrl;
	}

	/**
	 * @param request a request to the app, its URI relative to the base URL
	 * @return the answer
	 */
	public HttpResponse<String> send(HttpRequest.Builder request, String path)
			throws IOException, InterruptedException {
		return HTTP.send(request.uri(URI.create(this.baseUrl + path)).timeout(Duration.ofSeconds(60)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder().GET(), path);
	}

	private void awaitHealth() throws InterruptedException {
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			assertThat(this.process.isAlive()).as("the app is running (see %s)", this.log).isTrue();
			try {
				HttpResponse<String> health = get("/actuator/health");
				if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new AssertionError("The app did not become healthy; see " + this.log);
	}

	/**
	 * Kills the process at once, as a crash or {@code kill -9} would (SIGKILL on Linux):
	 * no shutdown hook runs, nothing is flushed or closed.
	 */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		assertThat(this.process.waitFor(30, TimeUnit.SECONDS)).as("the app was killed").isTrue();
	}

	/**
	 * Asks the app to stop (SIGTERM on Linux), as an operator or a container runtime
	 * does, and returns at once: its shutdown hooks run, a graceful stop.
	 */
	public void terminate() {
		this.process.destroy();
	}

	/**
	 * @param timeout how long to wait
	 * @return whether the process has exited
	 */
	public boolean awaitExit(Duration timeout) throws InterruptedException {
		return this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * @param request a request to the app, signed in as the tests' editor
	 * @return the request
	 */
	public static HttpRequest.Builder asEditor(HttpRequest.Builder request) {
		return request.header("Authorization",
				"Basic " + java.util.Base64.getEncoder()
					.encodeToString((TestUsers.EDITOR + ":" + TestUsers.EDITOR_PASSWORD)
						.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
