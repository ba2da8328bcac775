package org.awardsapi.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.springframework.stereotype.Component;

/**
 * Fills the sort keys of V25 for the people, films and companies already stored, with the
 * rule the entities write them by ({@link Slugs#fold(String)}), then makes them required.
 * On PostgreSQL the keys compare by code point ({@code collate "C"}, as V23 declares the
 * suffixes), so that {@code sort=name} orders alike on every database, whatever its
 * collation; H2 compares so already. A Java migration because the rule is Java.
 */
@Component
public class V26__Fill_sort_keys extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		boolean postgres = Databases.isPostgreSQL(connection);
		fill(connection, "person", "name", postgres);
		fill(connection, "film", "title", postgres);
		fill(connection, "company", "name", postgres);
	}

	/**
	 * Fills a table's sort keys from a column, then makes them required (and compared by
	 * code point on PostgreSQL).
	 * @param connection the migration's connection
	 * @param table the table
	 * @param column the name or title the key folds
	 * @param postgres whether the database is PostgreSQL
	 * @throws SQLException as the database does
	 */
	static void fill(Connection connection, String table, String column, boolean postgres) throws SQLException {
		try (Statement select = connection.createStatement();
				ResultSet rows = select.executeQuery("select id, " + column + " from " + table);
				PreparedStatement update = connection
					.prepareStatement("update " + table + " set sort_key = ? where id = ?")) {
			int batched = 0;
			while (rows.next()) {
				update.setString(1, Slugs.fold(rows.getString(2)));
				update.setLong(2, rows.getLong(1));
				update.addBatch();
				if (++batched % 1000 == 0) {
					update.executeBatch();
				}
			}
			update.executeBatch();
		}
		try (Statement statement = connection.createStatement()) {
			if (postgres) {
				statement.execute("alter table " + table + " alter column sort_key type varchar(1000) collate \"C\"");
			}
			statement.execute("alter table " + table + " alter column sort_key set not null");
		}
	}

}
