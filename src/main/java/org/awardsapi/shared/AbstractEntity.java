package org.awardsapi.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * Identity and optimistic-locking version shared by every entity. Ids come from one
 * sequence per table ({@code
 *
<table>
 * _seq}, allocated 50 at a time) so that inserts batch. Equality is identity based: two
 * instances are equal when they have the same class and the same database id.
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
		if (other == null || other.getClass() != getClass()) {
			return false;
		}
		return this.id != null && this.id.equals(((AbstractEntity) other).id);
	}

	@Override
	public int hashCode() {
		return getClass().hashCode();
	}

}
