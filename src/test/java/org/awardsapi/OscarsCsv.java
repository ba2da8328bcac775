package org.awardsapi;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Where DLu/oscar_data's {@code oscars.csv} is: {@code ../shared/data/oscars/oscars.csv}
 * beside the project, or the path in the system property or environment variable
 * {@code AWARDS_OSCARS_CSV}. The file is read in place, never copied into the project.
 */
public final class OscarsCsv {

	public static final String LOCATION = "AWARDS_OSCARS_CSV";

	private static final Path DEFAULT = Path.of("..", "shared", "data", "oscars", "oscars.csv");

	private OscarsCsv() {
	}

	/**
	 * @return the file; the calling test is skipped, with a message, where it is absent
	 */
	public static Path require() {
		Path csv = location();
		assumeTrue(Files.isRegularFile(csv), () -> "DLu's oscars.csv not found at " + csv.toAbsolutePath()
				+ "; set the system property or environment variable " + LOCATION + " to its path");
		return csv;
	}

	private static Path location() {
		String location = System.getProperty(LOCATION);
		if (location == null || location.isBlank()) {
			location = System.getenv(LOCATION);
		}
		return (location != null && !location.isBlank()) ? Path.of(location) : DEFAULT;
	}

}
