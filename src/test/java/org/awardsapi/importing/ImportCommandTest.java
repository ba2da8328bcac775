package org.awardsapi.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.awardsapi.AwardsApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar awards-api.jar import <file>}, run in this JVM against databases of
 * its own.
 */
class ImportCommandTest {

	@TempDir
	Path dir;

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void importsAFileShowingProgressAndASummary() throws IOException {
		Path file = copy("quirks.tsv");
		int status = run(file.toString(), "--spring.datasource.url=jdbc:h2:mem:cli-ok;DB_CLOSE_DELAY=-1");
		assertThat(status).isZero();
		assertThat(text(this.out)).contains("Imported " + file)
			.contains("rows read                  20")
			.contains("nominations added          20");
		assertThat(text(this.err)).contains("imported 20 of 20 rows");
	}

	@Test
	void aBadFileExitsNonZeroWithTheReason() throws IOException {
		Path file = this.dir.resolve("bad.tsv");
		Files.writeString(file, String.join("\t", DluFile.COLUMNS) + "\n97\t2024\tActing\n");
		int status = run(file.toString(), "--spring.datasource.url=jdbc:h2:mem:cli-bad;DB_CLOSE_DELAY=-1");
		assertThat(status).isEqualTo(ImportCommand.REJECTED);
		assertThat(text(this.err)).contains("import failed, nothing was changed").contains("line 2: has 3 fields");
	}

	@Test
	void aMissingFileOrNoFileIsAUsageError() {
		assertThat(run(this.dir.resolve("nothing.tsv").toString())).isEqualTo(ImportCommand.USAGE);
		assertThat(text(this.err)).contains("import failed: no file");
		assertThat(run()).isEqualTo(ImportCommand.USAGE);
		assertThat(text(this.err)).contains("usage: java -jar awards-api.jar import <oscars.csv>");
	}

	private int run(String... args) {
		return ImportCommand.run(AwardsApplication.class, args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private Path copy(String fixture) throws IOException {
		Path file = this.dir.resolve(fixture);
		try (InputStream in = ImportCommandTest.class.getResourceAsStream(fixture)) {
			Files.copy(in, file);
		}
		return file;
	}

	private static String text(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8);
	}

}
