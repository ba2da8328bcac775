package org.awardsapi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A start as an operator sees it: the packaged jar, started for the first time in a
 * directory of its own (a new H2 file: the migrations and the seed), then started again
 * on that file, logs no warning and no error, not even Flyway's notice that it has not
 * been verified with H2's version (application.properties turns it off on H2), and H2
 * writes no trace file (it writes one when a statement fails). An editor is configured,
 * so the warning that there is none is not expected.
 */
class StartIT {

	private static final Path WORK = Path.of(System.getProperty("basedir", "."), "target", "start");

	/** A log line of level WARN or ERROR. */
	private static final Pattern WARNING = Pattern.compile("^\\S+\\s+(WARN|ERROR)\\s");

	/**
	 * @param log an app's log
	 * @return its warnings and errors
	 */
	static List<String> warnings(Path log) throws IOException {
		return Files.readAllLines(log).stream().filter((line) -> WARNING.matcher(line).find()).toList();
	}

	@Test
	void aFirstStartAndARestartLogNoWarningAndLeaveNoH2Trace() throws Exception {
		Path directory = WORK.resolve(UUID.randomUUID().toString());
		String[] args = PackagedApp.editorArgs().toArray(String[]::new);
		for (String start : List.of("first", "restart")) {
			Path log = directory.resolve(start + ".log");
			try (PackagedApp app = PackagedApp.startIn(directory, log, args)) {
				assertThat(app.get("/api/awards").statusCode()).isEqualTo(200);
			}
			assertThat(warnings(log)).as("warnings and errors in %s", log).isEmpty();
			assertThat(directory.resolve("data/awards.trace.db")).as("H2's trace file after the %s start", start)
				.doesNotExist();
		}
	}

}
