package org.awardsapi;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flyway's notices about the database's version (the logger of its {@code Database}) are
 * off on H2, where the one notice at every start was that Flyway has not been verified
 * with the H2 that Spring Boot manages ({@link StartIT} fails on any warning), and on in
 * the {@code postgres} profile, where a PostgreSQL newer than Flyway knows is worth a
 * warning. The settings as Spring Boot reads them from the project's properties files.
 */
class FlywayVersionNoticeTest {

	private static final String LEVEL = "logging.level.org.flywaydb.core.internal.database.base.Database";

	@Test
	void flywaysVersionNoticesAreOffOnH2() {
		assertThat(levelWithProfiles()).isEqualTo("error");
	}

	@Test
	void flywaysVersionNoticesAreOnInThePostgresProfile() {
		assertThat(levelWithProfiles("postgres")).isEqualTo("info");
	}

	private static String levelWithProfiles(String... profiles) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.setActiveProfiles(profiles);
		ConfigDataEnvironmentPostProcessor.applyTo(environment);
		return environment.getProperty(LEVEL);
	}

}
