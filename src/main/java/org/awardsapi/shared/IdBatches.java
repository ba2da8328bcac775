package org.awardsapi.shared;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Reads the rows that belong to a batch of ids (the films, nominees and sources of a page
 * of nominations, say) in one plain SQL statement, with the ids bound as one array
 * parameter: {@code where x.owner_id = any(?)}.
 * <p>
 * JPQL's {@code in :ids} expands into one parameter per id; Hibernate does not keep the
 * translation of a query with such a parameter, so it translated it again on every
 * request, and H2 parsed the new SQL: most of a page's time went there
 * (docs/benchmarks.md, "Where the time went"). With an array the SQL text is one and the
 * same whatever the number of ids, so the database keeps its plan, and both H2 and
 * PostgreSQL use the index on the owner column for {@code = any(?)}. Runs in the caller's
 * transaction (the JPA transaction manager shares its connection with
 * {@code JdbcTemplate}). {@link #rows(String, Object...)} also reads a film's or a
 * person's detail, a union H2 would parse again on each run if Hibernate sent it bare,
 * and {@link #list(String, RowMapper, Object...)} the wins by person per ceremony, whose
 * statement must keep the shape written for the database.
 */
@Component
public class IdBatches {

	private final JdbcTemplate jdbc;

	IdBatches(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Runs a query.
	 * @param sql the query, with {@code = any(?)} wherever it takes a batch of ids
	 * @param rows what to do with each row
	 * @param parameters its parameters in order: a collection of ids is bound as one
	 * array, anything else as it is
	 */
	public void query(String sql, RowCallbackHandler rows, Object... parameters) {
		this.jdbc.query(sql, (statement) -> bind(statement, parameters), rows);
	}

	/**
	 * Runs a query and maps its rows.
	 * @param <T> what a row becomes
	 * @param sql the query, with {@code = any(?)} wherever it takes a batch of ids
	 * @param rows what each row becomes
	 * @param parameters its parameters in order, as for
	 * {@link #query(String, RowCallbackHandler, Object...)}
	 * @return the rows, mapped
	 */
	public <T> List<T> list(String sql, RowMapper<T> rows, Object... parameters) {
		return this.jdbc.query(sql, (statement) -> bind(statement, parameters), rows);
	}

	/**
	 * Runs a query and keeps its rows as arrays of their columns' values: {@code Long},
	 * {@code Integer}, {@code String}, {@code Boolean}, and {@code LocalDate} for a date.
	 * @param sql the query, with {@code = any(?)} wherever it takes a batch of ids
	 * @param parameters its parameters in order, as for
	 * {@link #query(String, RowCallbackHandler, Object...)}
	 * @return the rows
	 */
	public List<Object[]> rows(String sql, Object... parameters) {
		return this.jdbc.query(sql, (statement) -> bind(statement, parameters), (rs, n) -> {
			ResultSetMetaData columns = rs.getMetaData();
			Object[] row = new Object[columns.getColumnCount()];
			for (int i = 0; i < row.length; i++) {
				// a date as the driver's LocalDate: a java.sql.Date's is Julian before
				// 15 October 1582, so 1582-10-10 was read as 1582-09-30
				row[i] = (columns.getColumnType(i + 1) == Types.DATE) ? rs.getObject(i + 1, LocalDate.class)
						: rs.getObject(i + 1);
			}
			return row;
		});
	}

	private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
		for (int i = 0; i < parameters.length; i++) {
			if (parameters[i] instanceof Collection<?> ids) {
				Array array = statement.getConnection().createArrayOf("BIGINT", ids.toArray());
				statement.setArray(i + 1, array);
			}
			else {
				statement.setObject(i + 1, parameters[i]);
			}
		}
	}

}
