package org.awardsapi.shared;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Which of the two databases the application runs on a connection is to, for the few
 * statements that differ (collations, {@code ANALYZE}).
 */
public final class Databases {

	private Databases() {
	}

	/**
	 * @param connection an open connection
	 * @return whether it is to PostgreSQL (else H2)
	 * @throws SQLException as the driver does
	 */
	public static boolean isPostgreSQL(Connection connection) throws SQLException {
		return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
	}

}
