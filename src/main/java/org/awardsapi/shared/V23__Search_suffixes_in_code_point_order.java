package org.awardsapi.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.springframework.stereotype.Component;

/**
 * The search suffixes compare by code point on PostgreSQL too (collation {@code "C"}). A
 * query word is looked up as the range from the word to {@link Slugs#after(String)},
 * which holds exactly the suffixes that start with the word in that order only: under a
 * language's collation ({@code en_US.UTF-8}, say) punctuation weighs nothing: the range
 * of {@code gonzalez} ends at {@code gonzale} and the character after {@code z}, a
 * punctuation mark, so {@code gonzalez} sorts after the end of its own range and would
 * not be found. H2 compares strings by code point unless a database collation is set,
 * which this application never does: nothing to change there. A Java migration because
 * only PostgreSQL takes the statement.
 */
@Component
public class V23__Search_suffixes_in_code_point_order extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		if (!Databases.isPostgreSQL(connection)) {
			return;
		}
		try (Statement statement = connection.createStatement()) {
			for (String table : List.of("person_search", "film_search", "company_search")) {
				statement.execute("alter table " + table + " alter column suffix type varchar(500) collate \"C\"");
			}
		}
	}

}
