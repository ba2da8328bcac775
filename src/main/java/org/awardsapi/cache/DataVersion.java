package org.awardsapi.cache;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The version of the data as a whole (the one row of {@code data_version}), from which
 * every HTTP ETag is derived. Every write calls {@link #bump()} in its own transaction,
 * so a write changes every tag.
 * <p>
 * {@link #current()} never touches the database: it answers a value held in memory,
 * refreshed right after a local commit that bumped it, and from the database every
 * {@code awards.cache.version-refresh} (1 second by default) so that a write made by
 * another instance is seen within that interval.
 */
@Service
public class DataVersion implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DataVersion.class);

	private final EntityManager em;

	private final TransactionTemplate readOnly;

	private volatile long current = -1;

	DataVersion(EntityManager em, PlatformTransactionManager transactionManager) {
		this.em = em;
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * The data version as this instance last saw it; never reads the database.
	 * @return the version
	 */
	public long current() {
		return this.current;
	}

	/**
	 * Locks the data version's row until the caller's transaction ends, so that loads of
	 * data (the seed, an import) run one at a time across every instance on the database:
	 * the second waits, then finds the first's work.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void lock() {
		this.em.createNativeQuery("select version from data_version where id = 1 for update").getSingleResult();
	}

	/**
	 * Increments the data version inside the caller's transaction (there must be one), so
	 * that it commits or rolls back with the write. Once committed, this instance's
	 * {@link #current()} answers the new version at once.
	 * @return the new version, as it will be once committed
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long bump() {
		this.em.createNativeQuery("update data_version set version = version + 1 where id = 1").executeUpdate();
		long bumped = read();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				advanceTo(bumped);
			}

		});
		return bumped;
	}

	/**
	 * Reads the data version from the database; run every
	 * {@code awards.cache.version-refresh} to see the writes of other instances.
	 */
	@Scheduled(fixedDelayString = "${awards.cache.version-refresh:1s}",
			initialDelayString = "${awards.cache.version-refresh:1s}")
	public void refresh() {
		Long read = this.readOnly.execute((status) -> read());
		if (read != null) {
			replace(read);
		}
	}

	@Override
	public void afterSingletonsInstantiated() {
		refresh();
	}

	private synchronized void replace(long version) {
		if (version != this.current) {
			log.debug("Data version {} (was {})", version, this.current);
			this.current = version;
		}
	}

	private synchronized void advanceTo(long version) {
		if (version > this.current) {
			this.current = version;
		}
	}

	private long read() {
		return ((Number) this.em.createNativeQuery("select version from data_version where id = 1").getSingleResult())
			.longValue();
	}

}
