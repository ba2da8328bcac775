package org.awardsapi.shared;

import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A database from before the sort keys (schema version 24) gets the sort key of every
 * person, film and company it holds when it is migrated (V25 adds the column, V26 fills
 * it), by the rule the entities write new ones by, and the column then takes no row
 * without one.
 */
class SortKeysMigrationTest {

	@Test
	void fillsTheSortKeysOfTheRowsAlreadyStored() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:sort-keys-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
		Flyway.configure()
			.dataSource(dataSource)
			.javaMigrations(new V22__Fill_search_suffixes(), new V23__Search_suffixes_in_code_point_order())
			.target("24")
			.load()
			.migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.update("insert into person (id, slug, name, search_text) values (1, 'zoe-saldana', 'Zoë Saldaña',"
				+ " 'zoe saldana')");
		jdbc.update("insert into film (id, slug, title, search_text) values (2, 'a-nous-la-liberte-1931',"
				+ " 'À Nous la Liberté', 'a nous la liberte')");
		jdbc.update("insert into company (id, slug, name, search_text) values (3, 'neon', 'NEON', 'neon')");

		Flyway.configure()
			.dataSource(dataSource)
			.javaMigrations(new V22__Fill_search_suffixes(), new V23__Search_suffixes_in_code_point_order(),
					new V26__Fill_sort_keys())
			.load()
			.migrate();

		assertThat(jdbc.queryForObject("select sort_key from person where id = 1", String.class))
			.isEqualTo(Slugs.fold("Zoë Saldaña"))
			.isEqualTo("zoe saldana");
		assertThat(jdbc.queryForObject("select sort_key from film where id = 2", String.class))
			.isEqualTo("a nous la liberte");
		assertThat(jdbc.queryForObject("select sort_key from company where id = 3", String.class)).isEqualTo("neon");
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(
				() -> jdbc.update("insert into company (id, slug, name, search_text) values (4, 'a24', 'A24', 'a24')"));
	}

	@Test
	void fillsTheSortKeysOfTheAwardsCategoriesCeremoniesAndSourcesAlreadyStored() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:more-sort-keys-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
		Flyway.configure()
			.dataSource(dataSource)
			.javaMigrations(new V22__Fill_search_suffixes(), new V23__Search_suffixes_in_code_point_order(),
					new V26__Fill_sort_keys())
			.target("26")
			.load()
			.migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.update("insert into award (id, slug, name) values (1, 'cesar', 'César Awards')");
		jdbc.update("insert into category (id, award_id, slug, name, category_class) values (2, 1, 'best-film',"
				+ " 'Meilleur Film', 'Title')");
		jdbc.update("insert into ceremony (id, award_id, edition, slug, name) values (3, 1, 50, 'cesar-50',"
				+ " '50e cérémonie des César')");
		jdbc.update("insert into source (id, slug, title) values (4, 'oscar-data', 'oscar_data: oscars.csv')");

		Flyway.configure()
			.dataSource(dataSource)
			.javaMigrations(new V22__Fill_search_suffixes(), new V23__Search_suffixes_in_code_point_order(),
					new V26__Fill_sort_keys(), new V28__Fill_more_sort_keys())
			.load()
			.migrate();

		assertThat(jdbc.queryForObject("select sort_key from award where id = 1", String.class))
			.isEqualTo("cesar awards");
		assertThat(jdbc.queryForObject("select sort_key from category where id = 2", String.class))
			.isEqualTo("meilleur film");
		assertThat(jdbc.queryForObject("select sort_key from ceremony where id = 3", String.class))
			.isEqualTo("50e ceremonie des cesar");
		assertThat(jdbc.queryForObject("select sort_key from source where id = 4", String.class))
			.isEqualTo("oscar data oscars csv");
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> jdbc.update("insert into source (id, slug, title) values (5, 's', 'S')"));
	}

}
