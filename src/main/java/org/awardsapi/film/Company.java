package org.awardsapi.film;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import org.awardsapi.shared.AbstractEntity;
import org.awardsapi.shared.SearchSuffix;
import org.awardsapi.shared.Slugs;
import org.springframework.util.Assert;

/**
 * A studio, producer or distributor.
 */
@Entity
@Table(name = "company")
public class Company extends AbstractEntity {

	@Column(nullable = false, unique = true, length = 200)
	private String slug;

	@Column(nullable = false, length = 300)
	private String name;

	@Column(name = "imdb_id", unique = true, length = 20)
	private String imdbId;

	/** What search finds this by, as index entries ({@link Slugs#suffixes(String)}). */
	@ElementCollection
	@CollectionTable(name = "company_search", joinColumns = @JoinColumn(name = "company_id"))
	@Column(name = "suffix", nullable = false, length = 500)
	private Set<String> searchSuffixes = new HashSet<>();

	@Column(name = "search_text", nullable = false, length = 2000)
	private String searchText;

	/**
	 * The name folded as search folds it: what {@code sort=name} orders by. The same text
	 * as {@link #searchText}, kept in a column of its own for its collation: {@code "C"}
	 * on PostgreSQL, so the order is H2's ({@code V26__Fill_sort_keys}).
	 */
	@Column(name = "sort_key", nullable = false, length = 1000)
	private String sortKey;

	protected Company() {
	}

	public Company(String slug, String name, String imdbId) {
		update(slug, name, imdbId);
	}

	/**
	 * Replaces what can be edited.
	 */
	public void update(String slug, String name, String imdbId) {
		Assert.hasText(slug, "slug is required");
		Assert.hasText(name, "name is required");
		Assert.isTrue(imdbId == null || imdbId.matches("co\\d+"), "an IMDb company id looks like co0000001");
		this.slug = slug;
		this.name = name;
		this.imdbId = imdbId;
		refreshFoldedText();
	}

	@PrePersist
	@PreUpdate
	void refreshFoldedText() {
		this.searchText = Slugs.fold(this.name);
		this.sortKey = Slugs.sortKey(this.name);
		SearchSuffix.refresh(this.searchSuffixes, this.searchText);
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public String getImdbId() {
		return this.imdbId;
	}

}
