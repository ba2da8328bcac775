package org.awardsapi.film;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.awardsapi.shared.SearchSuffix;
import org.hibernate.annotations.Immutable;

/**
 * A search suffix of a company, read by search ({@link Company} writes them).
 */
@Entity
@Immutable
@Table(name = "company_search")
@AttributeOverride(name = "owner", column = @Column(name = "company_id", nullable = false))
class CompanySuffix extends SearchSuffix {

	protected CompanySuffix() {
	}

}
