package org.awardsapi.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line import: {@code java -jar awards-api.jar import <file> [--spring.…]}
 * imports the file into the database the server uses (by default the H2 file database
 * under {@code ./data}) without starting the web server, shows progress, prints a summary
 * and exits 0, or non-zero with the reason.
 */
public final class ImportCommand {

	/** Exit status of a file that cannot be imported. */
	static final int REJECTED = 1;

	/** Exit status of a call without a readable file. */
	static final int USAGE = 2;

	private ImportCommand() {
	}

	/**
	 * @param application the application class
	 * @param args the file, then any Spring Boot arguments
	 * @param out where the summary goes
	 * @param err where progress and errors go
	 * @return the exit status
	 */
	public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		if (args.length == 0 || args[0].startsWith("--")) {
			err.println("usage: java -jar awards-api.jar import <oscars.csv> [--spring.datasource.url=…]");
			return USAGE;
		}
		Path file = Path.of(args[0]);
		String[] springArgs = Arrays.copyOfRange(args, 1, args.length);
		try (InputStream in = Files.newInputStream(file);
				ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
					.web(WebApplicationType.NONE)
					.logStartupInfo(false)
					.bannerMode(org.springframework.boot.Banner.Mode.OFF)
					.properties("logging.level.root=warn", "logging.level.org.awardsapi=warn")
					.run(springArgs)) {
			ImportSummary summary = context.getBean(OscarsImporter.class)
				.importFile(in, (done, total) -> err.printf("imported %,d of %,d rows%n", done, total));
			print(summary, file, out);
			return 0;
		}
		catch (NoSuchFileException ex) {
			err.println("import failed: no file " + file);
			return USAGE;
		}
		catch (IOException ex) {
			err.println("import failed: cannot read " + file + ": " + ex.getMessage());
			return USAGE;
		}
		catch (ImportException ex) {
			err.println("import failed, nothing was changed: " + file + ": " + ex.getMessage());
			return REJECTED;
		}
	}

	private static void print(ImportSummary s, Path file, PrintStream out) {
		if (s.unchangedFile()) {
			out.printf("%s was imported before: nothing changed (%,d rows, %.2f s)%n", file, s.rowsRead(), s.seconds());
			return;
		}
		out.printf("Imported %s in %.2f s%n", file, s.seconds());
		out.printf("  rows read            %,8d%n", s.rowsRead());
		out.printf("  ceremonies           %,8d (%,d new)%n", s.ceremonies(), s.ceremoniesAdded());
		out.printf("  nominations added    %,8d%n", s.nominationsAdded());
		out.printf("  already there        %,8d%n", s.nominationsUnchanged());
		out.printf("  people added         %,8d%n", s.peopleAdded());
		out.printf("  films added          %,8d%n", s.filmsAdded());
		out.printf("  companies added      %,8d%n", s.companiesAdded());
		out.printf("  rows skipped         %,8d%n", s.skipped().size());
		s.skipped().forEach((row) -> out.printf("    line %d: %s%n", row.line(), row.reason()));
	}

}
