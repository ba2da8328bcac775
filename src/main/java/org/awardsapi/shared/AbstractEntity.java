package org.awardsapi.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.Hibernate;

/**
 * Identity and optimistic-locking version shared by every entity. Equality is identity
 * based: two instances are equal when they have the same class and the same database id,
 * whether either is loaded or only a lazy reference to it. Ids come from one sequence per
 * table (such as {@code film_seq}, allocated 50 at a time) so that inserts batch.
 */
@MappedSuperclass
public abstract class AbstractEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;

	@Version
	private long version;

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		// A lazy reference holds its id only, and were the entities not enhanced at build
		// time (shared.BuildTimeBytecode) it would be a proxy of a subclass whose own
		// fields are never set: compare the persistent classes, and read the other's id
		// through its getter
		if (other == null || Hibernate.getClassLazy(other) != Hibernate.getClassLazy(this)) {
			return false;
		}
		return this.id != null && this.id.equals(((AbstractEntity) other).getId());
	}

	@Override
	public int hashCode() {
		return Hibernate.getClassLazy(this).hashCode();
	}

}
