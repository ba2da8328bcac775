package org.awardsapi;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the SQL statements Hibernate prepares, to prove that a list costs the same
 * number of statements whatever its page size (no N+1).
 */
public final class SqlStatements {

	private final Statistics statistics;

	public SqlStatements(EntityManagerFactory entityManagerFactory) {
		this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.statistics.setStatisticsEnabled(true);
	}

	/**
	 * @param action what to count the statements of
	 * @return the number of statements it prepared
	 */
	public long count(Runnable action) {
		long before = this.statistics.getPrepareStatementCount();
		action.run();
		return this.statistics.getPrepareStatementCount() - before;
	}

}
