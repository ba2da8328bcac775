package org.awardsapi.shared;

import org.awardsapi.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hibernate makes no temporary tables when it starts. Left to itself, on H2 it creates a
 * global temporary table for each entity whose id a sequence gives ({@code HTE_film},
 * ...), for HQL inserts the API never runs; the one for films fails on H2 (its column
 * {@code year} is a keyword) and H2 writes the error to its trace file at every start.
 * The setting that stops it is in application.properties. The whole application, so that
 * its settings are the ones checked.
 */
@ApiIntegrationTest
class TemporaryTablesTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void hibernateCreatesNoTemporaryTableAtStart() {
		assertThat(this.jdbc.queryForList("select table_name from information_schema.tables "
				+ "where table_type like '%TEMPORARY%' or lower(table_name) like 'hte\\_%'", String.class))
			.isEmpty();
	}

}
