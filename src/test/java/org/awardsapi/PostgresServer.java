package org.awardsapi;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The PostgreSQL server the tests of packaged apps use where one answers:
 * {@code AWARDS_TEST_POSTGRES_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}), {@code _USER} (default
 * {@code postgres}) and {@code _PASSWORD} (default none). Each test makes a schema of its
 * own and drops it at the end.
 */
public final class PostgresServer {

	public static final String URL = System.getenv()
		.getOrDefault("AWARDS_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");

	public static final String USER = System.getenv().getOrDefault("AWARDS_TEST_POSTGRES_USER", "postgres");

	public static final String PASSWORD = System.getenv().getOrDefault("AWARDS_TEST_POSTGRES_PASSWORD", "");

	private PostgresServer() {
	}

	/**
	 * Skips the calling test, saying why, where PostgreSQL does not answer.
	 * @param what what is skipped, for the message
	 */
	public static void assumeAnswers(String what) {
		assumeTrue(answers(), () -> "PostgreSQL does not answer at " + URL + ": " + what + " is skipped");
	}

	public static boolean answers() {
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
			return connection.isValid(5);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	/**
	 * Makes a new, empty schema.
	 * @param prefix the start of its name
	 * @return its name: the prefix and 12 random hex digits
	 */
	public static String createSchema(String prefix) throws SQLException {
		String schema = prefix + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()).substring(0, 12);
		execute("create schema " + schema);
		return schema;
	}

	public static void dropSchema(String schema) throws SQLException {
		execute("drop schema " + schema + " cascade");
	}

	/**
	 * @param schema a schema
	 * @return a connection to it
	 */
	public static Connection connect(String schema) throws SQLException {
		return DriverManager.getConnection(url(schema), USER, PASSWORD);
	}

	/**
	 * @param schema a schema
	 * @return the arguments that run the packaged app on it (profile {@code postgres})
	 */
	public static List<String> appArgs(String schema) {
		return List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + url(schema),
				"--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD,
				"--spring.flyway.schemas=" + schema);
	}

	private static String url(String schema) {
		return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}

	private static void execute(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
