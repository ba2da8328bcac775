package org.awardsapi;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a database holds, in brief, to tell whether a failed write or import left it
 * exactly as it was: the number of rows of every table of the current schema, the data
 * version, and every row of {@code data_load} (what was loaded, with its checksum and
 * time).
 *
 * @param rows the number of rows by table (lower case)
 * @param dataVersion the data version
 * @param loads the rows of {@code data_load}: name, checksum, loaded at
 */
public record DatabaseFingerprint(Map<String, Long> rows, long dataVersion, List<String> loads) {

	/**
	 * @param directory the working directory of a stopped packaged app, holding its
	 * default H2 file database ({@code data/awards})
	 * @return the fingerprint of that database
	 */
	public static DatabaseFingerprint ofH2In(Path directory) throws SQLException {
		try (Connection connection = DriverManager
			.getConnection("jdbc:h2:file:" + directory.resolve("data/awards").toAbsolutePath(), "sa", "")) {
			return of(connection);
		}
	}

	/**
	 * @param connection a connection to the database, its current schema the app's
	 * @return the fingerprint
	 */
	public static DatabaseFingerprint of(Connection connection) throws SQLException {
		Map<String, Long> rows = new TreeMap<>();
		DatabaseMetaData meta = connection.getMetaData();
		List<String> tables = new ArrayList<>();
		try (ResultSet found = meta.getTables(connection.getCatalog(), connection.getSchema(), "%",
				new String[] { "TABLE" })) {
			while (found.next()) {
				tables.add(found.getString("TABLE_NAME"));
			}
		}
		try (Statement statement = connection.createStatement()) {
			for (String table : tables) {
				try (ResultSet count = statement.executeQuery("select count(*) from \"" + table + "\"")) {
					count.next();
					rows.put(table.toLowerCase(Locale.ROOT), count.getLong(1));
				}
			}
			long version;
			try (ResultSet read = statement.executeQuery("select version from data_version where id = 1")) {
				read.next();
				version = read.getLong(1);
			}
			List<String> loads = new ArrayList<>();
			try (ResultSet read = statement
				.executeQuery("select name, checksum, loaded_at from data_load order by name")) {
				while (read.next()) {
					loads.add(read.getString(1) + " " + read.getString(2) + " " + read.getTimestamp(3).toInstant());
				}
			}
			return new DatabaseFingerprint(rows, version, loads);
		}
	}

	/**
	 * @param table a table
	 * @return its number of rows
	 */
	public long rows(String table) {
		return this.rows.getOrDefault(table, 0L);
	}

}
