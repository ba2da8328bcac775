package org.awardsapi;

import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Counts the SQL statements sent to the database (Hibernate's and plain JDBC's alike), to
 * prove that a list costs the same number of statements whatever its page size (no N+1).
 */
public final class SqlStatements {

	private final StatementCounting.Counting counting;

	/**
	 * @param dataSource the application's data source, which every test context wraps to
	 * count (see {@link StatementCounting})
	 */
	public SqlStatements(DataSource dataSource) {
		try {
			this.counting = dataSource.unwrap(StatementCounting.Counting.class);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("the data source does not count statements", ex);
		}
	}

	/**
	 * @param action what to count the statements of
	 * @return the number of statements it prepared
	 */
	public long count(Runnable action) {
		long before = this.counting.statements();
		action.run();
		return this.counting.statements() - before;
	}

}
