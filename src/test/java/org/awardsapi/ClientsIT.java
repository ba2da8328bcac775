package org.awardsapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The API as its clients see it, tested with their own tools against the packaged app
 * (run by Maven's failsafe plugin after {@code package}): Spectral lints the OpenAPI
 * document, newman runs the Postman collection, and the README's curl examples are run
 * and their answers checked. The tools come from {@code node_modules} ({@code npm ci}, as
 * {@code .ci/run} does); without them these tests are skipped, saying so.
 */
class ClientsIT {

	private static final Path BASE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();

	private static final Path LOGS = BASE.resolve("target/clients");

	private static PackagedApp app;

	private static String baseUrl;

	private static final String SKIPPED = "Skipped the client tools (Spectral, newman, the README's curl examples): "
			+ "they need Node.js and `npm ci` in " + BASE + " first, as .ci/run does";

	private static boolean toolsInstalled;

	@BeforeAll
	static void startThePackagedApp() throws Exception {
		toolsInstalled = Files.isExecutable(tool("spectral")) && Files.isExecutable(tool("newman"))
				&& Files.exists(BASE.resolve("node_modules/.package-lock.json")) && isOnPath("node");
		if (!toolsInstalled) {
			System.out.println("WARNING: " + SKIPPED);
			return;
		}
		app = PackagedApp.start(LOGS.resolve("app.log"),
				"--spring.datasource.url=jdbc:h2:mem:clients;DB_CLOSE_DELAY=-1");
		baseUrl = app.baseUrl();
	}

	@AfterAll
	static void stopTheApp() throws InterruptedException {
		if (app != null) {
			app.close();
		}
	}

	@Test
	void theOpenApiDocumentLintsWithoutErrorsUnderSpectral() throws Exception {
		assumeTrue(toolsInstalled, SKIPPED);
		Path document = LOGS.resolve("openapi.json");
		Files.writeString(document, get("/v3/api-docs").body());
		Result result = run(tool("spectral").toString(), "lint", document.toString(), "--ruleset",
				BASE.resolve(".spectral.yaml").toString(), "--fail-severity", "error", "--format", "text");
		assertThat(result.exitCode()).as("spectral lint:%n%s", result.output()).isZero();
	}

	@Test
	void thePostmanCollectionPassesUnderNewman() throws Exception {
		assumeTrue(toolsInstalled, SKIPPED);
		Result result = run(tool("newman").toString(), "run",
				BASE.resolve("postman/awards-api.postman_collection.json").toString(), "--environment",
				BASE.resolve("postman/localhost.postman_environment.json").toString(), "--env-var",
				"baseUrl=" + baseUrl, "--reporters", "cli", "--color", "off");
		assertThat(result.output()).contains("assertions");
		assertThat(result.exitCode()).as("newman run:%n%s", result.output()).isZero();
	}

	@Test
	void theReadmeCurlExamplesAnswerAsWritten() throws Exception {
		assumeTrue(toolsInstalled, SKIPPED);
		Result result = run("node", BASE.resolve("clients/readme-curls.mjs").toString(),
				BASE.resolve("README.md").toString(), baseUrl);
		assertThat(result.output()).contains("README examples:");
		assertThat(result.exitCode()).as("README examples:%n%s", result.output()).isZero();
	}

	private static Path tool(String name) {
		return BASE.resolve("node_modules/.bin").resolve(name);
	}

	private static boolean isOnPath(String command) {
		String path = System.getenv("PATH");
		return path != null && List.of(path.split(java.io.File.pathSeparator))
			.stream()
			.anyMatch((dir) -> Files.isExecutable(Path.of(dir, command)));
	}

	private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return app.get(path);
	}

	private static Result run(String... command) throws IOException, InterruptedException {
		List<String> line = new ArrayList<>(List.of(command));
		Process process = new ProcessBuilder(line).directory(BASE.toFile()).redirectErrorStream(true).start();
		String output;
		try {
			output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		int exitCode = process.waitFor();
		System.out.println(output);
		return new Result(exitCode, output);
	}

	private record Result(int exitCode, String output) {
	}

}
