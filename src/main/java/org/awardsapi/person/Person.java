package org.awardsapi.person;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import org.awardsapi.shared.AbstractEntity;
import org.awardsapi.shared.SearchSuffix;
import org.awardsapi.shared.Slugs;
import org.springframework.util.Assert;

/**
 * A person: a nominee, a presenter, a cast or crew member.
 */
@Entity
@Table(name = "person")
public class Person extends AbstractEntity {

	@Column(nullable = false, unique = true, length = 200)
	private String slug;

	@Column(nullable = false, length = 300)
	private String name;

	@Column(name = "imdb_id", unique = true, length = 20)
	private String imdbId;

	@ElementCollection
	@CollectionTable(name = "person_other_name", joinColumns = @JoinColumn(name = "person_id"))
	@OrderColumn(name = "position")
	@Column(name = "name", nullable = false, length = 300)
	private List<String> otherNames = new ArrayList<>();

	/** What search finds this by, as index entries ({@link Slugs#suffixes(String)}). */
	@ElementCollection
	@CollectionTable(name = "person_search", joinColumns = @JoinColumn(name = "person_id"))
	@Column(name = "suffix", nullable = false, length = 500)
	private Set<String> searchSuffixes = new HashSet<>();

	@Column(name = "search_text", nullable = false, length = 100000)
	private String searchText;

	/** The name folded as search folds it: what {@code sort=name} orders by. */
	@Column(name = "sort_key", nullable = false, length = 1000)
	private String sortKey;

	protected Person() {
	}

	public Person(String slug, String name, String imdbId) {
		Assert.hasText(slug, "slug is required");
		Assert.hasText(name, "name is required");
		Assert.isTrue(imdbId == null || imdbId.matches("nm\\d+"), "an IMDb name id looks like nm0048918");
		this.slug = slug;
		this.name = name;
		this.imdbId = imdbId;
		refreshFoldedText();
	}

	/**
	 * Records another spelling of this person's name, found by search too.
	 * @param otherName the spelling, such as "Karla Sofia Gascon"
	 */
	public void addOtherName(String otherName) {
		if (isAnother(otherName, this.otherNames)) {
			this.otherNames.add(otherName);
			refreshFoldedText();
		}
	}

	private boolean isAnother(String otherName, List<String> others) {
		Assert.hasText(otherName, "a name is required");
		return !otherName.equals(this.name) && !others.contains(otherName);
	}

	/**
	 * Replaces what can be edited. The other names given as they are stay untouched:
	 * Hibernate counts a list emptied and filled again as a change, and rewrites its rows
	 * and the person's version.
	 */
	public void update(String slug, String name, String imdbId, List<String> otherNames) {
		Assert.hasText(slug, "slug is required");
		Assert.hasText(name, "name is required");
		Assert.isTrue(imdbId == null || imdbId.matches("nm\\d+"), "an IMDb name id looks like nm0048918");
		this.slug = slug;
		this.name = name;
		this.imdbId = imdbId;
		List<String> others = new ArrayList<>();
		for (String otherName : otherNames) {
			if (isAnother(otherName, others)) {
				others.add(otherName);
			}
		}
		if (!this.otherNames.equals(others)) {
			this.otherNames.clear();
			this.otherNames.addAll(others);
		}
		refreshFoldedText();
	}

	@PrePersist
	@PreUpdate
	void refreshFoldedText() {
		this.sortKey = Slugs.sortKey(this.name);
		StringBuilder text = new StringBuilder(Slugs.fold(this.name));
		this.otherNames.forEach((other) -> text.append(' ').append(Slugs.fold(other)));
		this.searchText = text.toString();
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

	public List<String> getOtherNames() {
		return Collections.unmodifiableList(this.otherNames);
	}

}
