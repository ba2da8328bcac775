package org.awardsapi;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Runs the tests on PostgreSQL instead of H2 when {@value #URL} names a database, such as
 * {@code jdbc:postgresql://127.0.0.1:5432/test} ({@value #USER}, default
 * {@code postgres}, and {@value #PASSWORD}, default none, log in). Every Spring test
 * context gets a new, empty schema {@code t_<random>} of that database, migrated by
 * Flyway as usual and dropped when the context closes, so that no context sees another's
 * data, nor a run an earlier run's. {@code @DataJpaTest} slices use it too instead of
 * their embedded database. Without {@value #URL} nothing changes: H2 in memory.
 * <p>
 * Registered in {@code META-INF/spring.factories}. The customizers of all test classes
 * are equal, so contexts are cached and shared exactly as on H2; a schema is made only
 * when a context is.
 */
class PostgresTestDatabase implements ContextCustomizerFactory {

	static final String URL = "AWARDS_TEST_POSTGRES_URL";

	static final String USER = "AWARDS_TEST_POSTGRES_USER";

	static final String PASSWORD = "AWARDS_TEST_POSTGRES_PASSWORD";

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		String url = System.getenv(URL);
		if (url == null || url.isBlank()) {
			return null;
		}
		return new SchemaPerContext(url.strip(), env(USER, "postgres"), env(PASSWORD, ""));
	}

	private static String env(String name, String otherwise) {
		String value = System.getenv(name);
		return (value != null) ? value : otherwise;
	}

	/**
	 * Points one context at a schema of its own.
	 */
	record SchemaPerContext(String url, String user, String password) implements ContextCustomizer {

		private static final Log logger = LogFactory.getLog(PostgresTestDatabase.class);

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
			String schema = "t_" + HexFormat.of().formatHex(randomBytes());
			execute("create schema " + schema);
			logger.info("Test context on PostgreSQL " + this.url + ", schema " + schema);
			Map<String, Object> properties = new HashMap<>();
			properties.put("spring.datasource.url", withCurrentSchema(schema));
			properties.put("spring.datasource.username", this.user);
			properties.put("spring.datasource.password", this.password);
			properties.put("spring.flyway.schemas", schema);
			properties.put("spring.test.database.replace", "none");
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("awardsTestPostgres", properties));
			context.addApplicationListener(
					(ApplicationListener<ContextClosedEvent>) (event) -> execute("drop schema " + schema + " cascade"));
		}

		private String withCurrentSchema(String schema) {
			return this.url + (this.url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
		}

		private void execute(String sql) {
			try (Connection connection = DriverManager.getConnection(this.url, this.user, this.password);
					Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
			catch (SQLException ex) {
				throw new IllegalStateException(
						URL + "=" + this.url + " is set, but PostgreSQL refused: " + sql + ": " + ex.getMessage(), ex);
			}
		}

		private static byte[] randomBytes() {
			byte[] bytes = new byte[6];
			ThreadLocalRandom.current().nextBytes(bytes);
			return bytes;
		}

		@Override
		public String toString() {
			return "SchemaPerContext[url=" + this.url + ", user=" + this.user + "]";
		}

	}

}
