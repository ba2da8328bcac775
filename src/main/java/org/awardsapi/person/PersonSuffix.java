package org.awardsapi.person;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.awardsapi.shared.SearchSuffix;
import org.hibernate.annotations.Immutable;

/**
 * A search suffix of a person, read by search ({@link Person} writes them).
 */
@Entity
@Immutable
@Table(name = "person_search")
@AttributeOverride(name = "owner", column = @Column(name = "person_id", nullable = false))
class PersonSuffix extends SearchSuffix {

	protected PersonSuffix() {
	}

}
