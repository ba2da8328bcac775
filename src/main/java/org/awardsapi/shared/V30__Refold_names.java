package org.awardsapi.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.springframework.stereotype.Component;

/**
 * Folds again the names already stored, by the rule the entities now write them by:
 * {@link Slugs#fold} takes more Latin letters to ASCII ({@code ð} is {@code d}, {@code þ}
 * {@code th}: "Hildur Guðnadóttir" is {@code hildur gudnadottir}, not
 * {@code hildur gu nadottir}), a sort key is at most {@link Slugs#MAX_SORT_KEY}
 * characters ({@link Slugs#sortKey}) and a search suffix at most {@link Slugs#MAX_SUFFIX}
 * ({@link Slugs#indexed}). Only the rows whose search text, sort key or suffixes differ
 * are written. Slugs are left as they are: they are the addresses already given out, and
 * a name's slug is only made when it is created.
 */
@Component
public class V30__Refold_names extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		Map<Long, StringBuilder> people = new HashMap<>();
		try (Statement select = connection.createStatement();
				ResultSet rows = select.executeQuery("select id, name from person")) {
			while (rows.next()) {
				people.put(rows.getLong(1), new StringBuilder(Slugs.fold(rows.getString(2))));
			}
		}
		try (Statement select = connection.createStatement();
				ResultSet rows = select
					.executeQuery("select person_id, name from person_other_name order by person_id, position")) {
			while (rows.next()) {
				people.get(rows.getLong(1)).append(' ').append(Slugs.fold(rows.getString(2)));
			}
		}
		refold(connection, "person", "name", "person_search", "person_id", people);
		refold(connection, "film", "title", "film_search", "film_id", null);
		refold(connection, "company", "name", "company_search", "company_id", null);
		for (String[] table : new String[][] { { "award", "name" }, { "category", "name" }, { "ceremony", "name" },
				{ "source", "title" } }) {
			refold(connection, table[0], table[1], null, null, null);
		}
	}

	/**
	 * Writes a table's search texts, sort keys and suffixes again where they differ from
	 * what the rule makes of the name.
	 * @param searchTexts the search text of each row, for a table whose text is more than
	 * its name (a person's other names); {@code null} to fold the name
	 * @param suffixes the table of its search suffixes, or {@code null} for a table with
	 * no search text
	 */
	private static void refold(Connection connection, String table, String name, String suffixes, String owner,
			Map<Long, StringBuilder> searchTexts) throws SQLException {
		boolean searched = suffixes != null;
		// rows whose text is unchanged may still hold a suffix longer than is kept now
		Set<Long> tooLong = new HashSet<>();
		if (searched) {
			try (Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("select distinct " + owner + " from " + suffixes
							+ " where char_length(suffix) > " + Slugs.MAX_SUFFIX)) {
				while (rows.next()) {
					tooLong.add(rows.getLong(1));
				}
			}
		}
		String select = "select id, " + name + ", sort_key" + (searched ? ", search_text" : "") + " from " + table;
		String update = "update " + table + " set sort_key = ?" + (searched ? ", search_text = ?" : "")
				+ " where id = ?";
		Map<Long, String> resuffixed = new HashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(select);
				PreparedStatement write = connection.prepareStatement(update)) {
			while (rows.next()) {
				long id = rows.getLong(1);
				String sortKey = Slugs.sortKey(rows.getString(2));
				String searchText = !searched ? null
						: (searchTexts != null) ? searchTexts.get(id).toString() : Slugs.fold(rows.getString(2));
				boolean textChanged = searched && !searchText.equals(rows.getString(4));
				if (textChanged || tooLong.contains(id)) {
					resuffixed.put(id, searchText);
				}
				if (!textChanged && sortKey.equals(rows.getString(3))) {
					continue;
				}
				write.setString(1, sortKey);
				if (searched) {
					write.setString(2, searchText);
				}
				write.setLong(searched ? 3 : 2, id);
				write.addBatch();
			}
			write.executeBatch();
		}
		if (searched) {
			resuffix(connection, suffixes, owner, resuffixed);
		}
	}

	/** Replaces the suffixes of some rows with those of their search text. */
	private static void resuffix(Connection connection, String suffixes, String owner, Map<Long, String> texts)
			throws SQLException {
		if (texts.isEmpty()) {
			return;
		}
		try (PreparedStatement delete = connection
			.prepareStatement("delete from " + suffixes + " where " + owner + " = ?");
				PreparedStatement insert = connection
					.prepareStatement("insert into " + suffixes + " (suffix, " + owner + ") values (?, ?)")) {
			for (Map.Entry<Long, String> text : texts.entrySet()) {
				delete.setLong(1, text.getKey());
				delete.addBatch();
			}
			delete.executeBatch();
			for (Map.Entry<Long, String> text : texts.entrySet()) {
				for (String suffix : Slugs.suffixes(text.getValue())) {
					insert.setString(1, suffix);
					insert.setLong(2, text.getKey());
					insert.addBatch();
				}
			}
			insert.executeBatch();
		}
	}

}
