package org.awardsapi.shared;

import java.sql.Connection;
import java.sql.SQLException;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.springframework.stereotype.Component;

/**
 * Fills the sort keys of V27 for the awards, categories, ceremonies and sources already
 * stored, as {@link V26__Fill_sort_keys} did for people, films and companies, by the same
 * rule ({@link Slugs#fold(String)}), then makes them required (compared by code point on
 * PostgreSQL).
 */
@Component
public class V28__Fill_more_sort_keys extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		boolean postgres = Databases.isPostgreSQL(connection);
		V26__Fill_sort_keys.fill(connection, "award", "name", postgres);
		V26__Fill_sort_keys.fill(connection, "category", "name", postgres);
		V26__Fill_sort_keys.fill(connection, "ceremony", "name", postgres);
		V26__Fill_sort_keys.fill(connection, "source", "title", postgres);
	}

}
