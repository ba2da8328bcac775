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
 * Fills the search suffixes of V21 for the people, films and companies already stored,
 * with the same rule the application writes them by ({@link Slugs#suffixes(String)}). A
 * Java migration because that rule is Java; its name is the one Flyway reads its version
 * from. Spring Boot hands every such bean to Flyway.
 */
@Component
public class V22__Fill_search_suffixes extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		fill(connection, "person", "person_search", "person_id");
		fill(connection, "film", "film_search", "film_id");
		fill(connection, "company", "company_search", "company_id");
	}

	private static void fill(Connection connection, String table, String suffixes, String owner) throws SQLException {
		try (Statement select = connection.createStatement();
				ResultSet rows = select.executeQuery("select id, search_text from " + table);
				PreparedStatement insert = connection
					.prepareStatement("insert into " + suffixes + " (suffix, " + owner + ") values (?, ?)")) {
			int batched = 0;
			while (rows.next()) {
				long id = rows.getLong(1);
				for (String suffix : Slugs.suffixes(rows.getString(2))) {
					insert.setString(1, suffix);
					insert.setLong(2, id);
					insert.addBatch();
					if (++batched % 1000 == 0) {
						insert.executeBatch();
					}
				}
			}
			insert.executeBatch();
		}
	}

}
