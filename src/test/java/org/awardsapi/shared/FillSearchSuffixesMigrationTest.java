package org.awardsapi.shared;

import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database from before the search suffixes (schema version 20) gets the suffixes of the
 * people, films and companies it holds when it is migrated, by the rule the application
 * writes new ones by.
 */
class FillSearchSuffixesMigrationTest {

	@Test
	void fillsTheSuffixesOfTheRowsAlreadyStored() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:suffixes-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
		Flyway.configure().dataSource(dataSource).target("20").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.update("insert into person (id, slug, name, search_text) values (1, 'sean-baker', 'Sean Baker',"
				+ " 'sean baker')");
		jdbc.update("insert into film (id, slug, title, search_text) values (2, 'anora-2024', 'Anora', 'anora')");
		jdbc.update("insert into company (id, slug, name, search_text) values (3, 'neon', 'Neon', 'neon')");

		Flyway.configure().dataSource(dataSource).javaMigrations(new V22__Fill_search_suffixes()).load().migrate();

		assertThat(jdbc.queryForList("select suffix from person_search where person_id = 1", String.class))
			.containsExactlyInAnyOrderElementsOf(Slugs.suffixes("sean baker"));
		assertThat(jdbc.queryForList("select suffix from film_search where film_id = 2", String.class))
			.containsExactlyInAnyOrder("anora", "nora", "ora");
		assertThat(jdbc.queryForList("select suffix from company_search where company_id = 3", String.class))
			.containsExactlyInAnyOrder("neon", "eon");
	}

}
