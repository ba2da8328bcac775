package org.awardsapi.importing;

import java.sql.Timestamp;

import org.awardsapi.cache.DataVersion;
import org.awardsapi.seed.SeedLoader;
import org.awardsapi.seed.Seeds;
import org.awardsapi.shared.Databases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.autoconfigure.json.AutoConfigureJson;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.jdbc.JdbcTestUtils;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import leaves the database's planner statistics of the rows it added (on PostgreSQL
 * a table has none until it is analysed). Outside a test transaction, so that the import
 * commits as in the application, in a context of its own whose tables are emptied before
 * and after each test.
 */
@DataJpaTest(showSql = false)
@AutoConfigureJson
@Import({ SeedLoader.class, DataVersion.class, OscarsImporter.class })
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class PlannerStatisticsTest {

	private static final String[] TABLES = { "quote", "presentation", "nomination_source", "nominee", "nomination_film",
			"nomination", "credit", "film_company", "film_search", "film", "company_search", "company",
			"person_other_name", "person_search", "person", "ceremony", "category", "award", "source", "data_load" };

	@Autowired
	SeedLoader seed;

	@Autowired
	OscarsImporter importer;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	@AfterEach
	void emptyEveryTable() {
		JdbcTestUtils.deleteFromTables(this.jdbc, TABLES);
	}

	@Test
	void anImportAnalysesTheTablesItFilled() throws Exception {
		this.seed.load(Seeds.OSCARS_97_NAME, Seeds.oscars97());
		boolean postgres = Boolean.TRUE.equals(this.jdbc.execute(Databases::isPostgreSQL));
		Timestamp before = this.jdbc.queryForObject("select current_timestamp", Timestamp.class);
		if (!postgres) {
			// H2's own analysis waits for 2,000 changed rows; the seed and the fixture
			// are fewer, so the default selectivity stays unless the import analyses
			this.jdbc.execute("alter table nomination alter column id selectivity 50");
		}
		ImportSummary summary = this.importer.importFile(OscarsImporterTest.fixture(), ImportProgress.NONE);
		assertThat(summary.nominationsAdded()).isPositive();
		if (postgres) {
			assertThat(this.jdbc.queryForObject(
					"select last_analyze from pg_stat_user_tables where relid = 'nomination'::regclass",
					Timestamp.class))
				.isAfterOrEqualTo(before);
		}
		else {
			// every id is distinct: an analysed column of unique values has selectivity
			// 100
			assertThat(this.jdbc.queryForObject("select selectivity from information_schema.columns "
					+ "where table_name = 'NOMINATION' and column_name = 'ID'", Integer.class))
				.isEqualTo(100);
		}
	}

}
