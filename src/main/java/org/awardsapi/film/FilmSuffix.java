package org.awardsapi.film;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.awardsapi.shared.SearchSuffix;
import org.hibernate.annotations.Immutable;

/**
 * A search suffix of a film, read by search ({@link Film} writes them).
 */
@Entity
@Immutable
@Table(name = "film_search")
@AttributeOverride(name = "owner", column = @Column(name = "film_id", nullable = false))
class FilmSuffix extends SearchSuffix {

	protected FilmSuffix() {
	}

}
