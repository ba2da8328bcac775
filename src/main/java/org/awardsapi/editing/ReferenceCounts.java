package org.awardsapi.editing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;

/**
 * Counts what refers to an entity, kind by kind, keeping the kinds that do.
 */
public final class ReferenceCounts {

	private final EntityManager em;

	private final Object target;

	private final Map<String, Long> counts = new LinkedHashMap<>();

	private ReferenceCounts(EntityManager em, Object target) {
		this.em = em;
		this.target = target;
	}

	/**
	 * @param em the entity manager
	 * @param target the entity, bound to {@code :target} in each query
	 * @return the counts, none yet
	 */
	public static ReferenceCounts of(EntityManager em, Object target) {
		return new ReferenceCounts(em, target);
	}

	/**
	 * @param kind what refers ("nominations")
	 * @param query a JPQL count with the parameter {@code :target}
	 * @return these counts
	 */
	public ReferenceCounts count(String kind, String query) {
		long count = this.em.createQuery(query, Long.class).setParameter("target", this.target).getSingleResult();
		if (count > 0) {
			this.counts.put(kind, count);
		}
		return this;
	}

	/**
	 * @return the counts in the order counted: {@code Map.copyOf} had an order of its
	 * own, which changes from one run of the JVM to the next, and with it the 409's
	 * detail
	 */
	public Map<String, Long> toMap() {
		return Collections.unmodifiableMap(new LinkedHashMap<>(this.counts));
	}

}
