package org.awardsapi.film;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import org.awardsapi.person.Person;
import org.awardsapi.shared.AbstractEntity;
import org.awardsapi.shared.SearchSuffix;
import org.awardsapi.shared.Slugs;
import org.awardsapi.source.Source;
import org.springframework.util.Assert;

/**
 * A film, with the people who made it and the companies behind it.
 */
@Entity
@Table(name = "film")
public class Film extends AbstractEntity {

	@Column(nullable = false, unique = true, length = 300)
	private String slug;

	@Column(nullable = false, length = 500)
	private String title;

	@Column(name = "release_year")
	private Integer year;

	@Column(name = "imdb_id", unique = true, length = 20)
	private String imdbId;

	@Column(length = 4000)
	private String synopsis;

	/** What search finds this by, as index entries ({@link Slugs#suffixes(String)}). */
	@ElementCollection
	@CollectionTable(name = "film_search", joinColumns = @JoinColumn(name = "film_id"))
	@Column(name = "suffix", nullable = false, length = 500)
	private Set<String> searchSuffixes = new HashSet<>();

	@Column(name = "search_text", nullable = false, length = 4000)
	private String searchText;

	/**
	 * The title folded as search folds it: what {@code sort=title} orders by. The same
	 * text as {@link #searchText}, kept in a column of its own for its collation:
	 * {@code "C"} on PostgreSQL, so the order is H2's ({@code V26__Fill_sort_keys}).
	 */
	@Column(name = "sort_key", nullable = false, length = 1000)
	private String sortKey;

	@OneToMany(mappedBy = "film", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Credit> credits = new ArrayList<>();

	@OneToMany(mappedBy = "film", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<FilmCompany> companies = new ArrayList<>();

	protected Film() {
	}

	public Film(String slug, String title, Integer year, String imdbId) {
		Assert.hasText(slug, "slug is required");
		Assert.hasText(title, "title is required");
		Assert.isTrue(imdbId == null || imdbId.matches("tt\\d+"), "an IMDb title id looks like tt28607951");
		this.slug = slug;
		this.title = title;
		this.year = year;
		this.imdbId = imdbId;
		refreshFoldedText();
	}

	/**
	 * Replaces what can be edited, the companies included; credits are edited one by one.
	 */
	public void update(String slug, String title, Integer year, String imdbId, String synopsis) {
		Assert.hasText(slug, "slug is required");
		Assert.hasText(title, "title is required");
		Assert.isTrue(imdbId == null || imdbId.matches("tt\\d+"), "an IMDb title id looks like tt28607951");
		this.slug = slug;
		this.title = title;
		this.year = year;
		this.imdbId = imdbId;
		this.synopsis = synopsis;
		refreshFoldedText();
	}

	/**
	 * Keeps only the company roles given, each with the source given, and adds those not
	 * there yet. A role kept stays the row it was (a role removed and added again in one
	 * write would be a second row of the same company and role before the first is
	 * deleted, which the database refuses).
	 * @param roles the roles the film is to have, none twice
	 */
	public void replaceCompanies(List<FilmCompany.Role> roles) {
		this.companies.removeIf((existing) -> roles.stream().noneMatch((role) -> role.is(existing)));
		for (FilmCompany.Role role : roles) {
			FilmCompany kept = this.companies.stream().filter(role::is).findFirst().orElse(null);
			if (kept != null) {
				kept.citedBy(role.source());
			}
			else {
				this.companies.add(new FilmCompany(this, role.company(), role.role(), role.source()));
			}
		}
	}

	/**
	 * Removes a credit of this film.
	 */
	public void removeCredit(Credit credit) {
		this.credits.remove(credit);
	}

	public void describe(String synopsis) {
		this.synopsis = synopsis;
	}

	/**
	 * Credits a person with a job on this film, unless the same credit is there already.
	 * @return the credit
	 */
	public Credit credit(Person person, Job job, String character, Source source) {
		Assert.notNull(person, "person is required");
		Assert.notNull(job, "job is required");
		for (Credit credit : this.credits) {
			if (credit.getPerson().equals(person) && credit.getJob() == job) {
				return credit;
			}
		}
		Credit credit = new Credit(this, person, job, character, this.credits.size(), source);
		this.credits.add(credit);
		return credit;
	}

	/**
	 * Records a company's role on this film, unless it is there already.
	 */
	public FilmCompany addCompany(Company company, CompanyRole role, Source source) {
		Assert.notNull(company, "company is required");
		Assert.notNull(role, "role is required");
		for (FilmCompany existing : this.companies) {
			if (existing.getCompany().equals(company) && existing.getRole() == role) {
				return existing;
			}
		}
		FilmCompany filmCompany = new FilmCompany(this, company, role, source);
		this.companies.add(filmCompany);
		return filmCompany;
	}

	@PrePersist
	@PreUpdate
	void refreshFoldedText() {
		this.searchText = Slugs.fold(this.title);
		this.sortKey = Slugs.sortKey(this.title);
		SearchSuffix.refresh(this.searchSuffixes, this.searchText);
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public Integer getYear() {
		return this.year;
	}

	public String getImdbId() {
		return this.imdbId;
	}

	public String getSynopsis() {
		return this.synopsis;
	}

	public List<Credit> getCredits() {
		return Collections.unmodifiableList(this.credits);
	}

	public List<FilmCompany> getCompanies() {
		return Collections.unmodifiableList(this.companies);
	}

}
