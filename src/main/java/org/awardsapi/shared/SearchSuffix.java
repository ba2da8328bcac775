package org.awardsapi.shared;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.MappedSuperclass;

/**
 * One search suffix of a searchable row ({@link Slugs#suffixes(String)}), mapped
 * read-only for queries: {@link JpqlQuery#matching} selects the owners of the suffixes
 * that start with a query word straight from their table, whose primary key is (suffix,
 * owner), so that the database reads a range of that key. The owning entity writes them,
 * as an element collection of the same table.
 */
@MappedSuperclass
@IdClass(SearchSuffix.Key.class)
public abstract class SearchSuffix {

	@Id
	@Column(name = "suffix", nullable = false, length = 500)
	private String suffix;

	@Id
	@Column(name = "owner_id", nullable = false)
	private Long owner;

	protected SearchSuffix() {
	}

	/**
	 * Brings the search suffixes an entity writes up to date with its search text,
	 * changing only the rows that differ.
	 * @param suffixes the entity's element collection of suffixes
	 * @param searchText its folded search text
	 */
	public static void refresh(Set<String> suffixes, String searchText) {
		Set<String> wanted = Slugs.suffixes(searchText);
		if (!wanted.equals(suffixes)) {
			suffixes.retainAll(wanted);
			suffixes.addAll(wanted);
		}
	}

	/**
	 * The primary key of a search suffix.
	 */
	public static class Key implements Serializable {

		private String suffix;

		private Long owner;

		public Key() {
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && Objects.equals(this.suffix, key.suffix)
					&& Objects.equals(this.owner, key.owner);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.suffix, this.owner);
		}

	}

}
