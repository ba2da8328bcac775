package org.awardsapi.nomination;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Transient;
import jakarta.persistence.Table;
import org.awardsapi.award.Category;
import org.awardsapi.ceremony.Ceremony;
import org.awardsapi.film.Company;
import org.awardsapi.film.Film;
import org.awardsapi.person.Person;
import org.awardsapi.shared.AbstractEntity;
import org.awardsapi.source.Source;
import org.springframework.util.Assert;

/**
 * One nomination at one ceremony. A win is a nomination that won; several winning
 * nominations in one category are a tie. Unofficial nominations (withdrawn, write-ins)
 * are kept but never counted.
 */
@Entity
@Table(name = "nomination")
public class Nomination extends AbstractEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "ceremony_id", nullable = false)
	private Ceremony ceremony;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "category_id", nullable = false)
	private Category category;

	@Column(name = "category_name", nullable = false, length = 300)
	private String categoryName;

	@Column(length = 2000)
	private String credit;

	@Column(length = 2000)
	private String detail;

	@Column(length = 4000)
	private String note;

	@Column(length = 4000)
	private String citation;

	@Column(nullable = false)
	private boolean won;

	@Column(nullable = false)
	private boolean official = true;

	@Column(nullable = false)
	private int position;

	@ManyToMany
	@JoinTable(name = "nomination_film", joinColumns = @JoinColumn(name = "nomination_id"),
			inverseJoinColumns = @JoinColumn(name = "film_id"))
	@OrderColumn(name = "position")
	private List<Film> films = new ArrayList<>();

	@OneToMany(mappedBy = "nomination", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Nominee> nominees = new ArrayList<>();

	/**
	 * The nominees before {@link #replace}, whose rows the nominees added after it take
	 * over position by position; those left over are deleted.
	 */
	@Transient
	private List<Nominee> formerNominees = List.of();

	@ManyToMany
	@JoinTable(name = "nomination_source", joinColumns = @JoinColumn(name = "nomination_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	private Set<Source> sources = new LinkedHashSet<>();

	protected Nomination() {
	}

	/**
	 * A nomination in a category of the ceremony's own award.
	 * @param ceremony the ceremony
	 * @param category the canonical category
	 * @param categoryName the category's name as presented that year
	 * @param position the order of this nomination within its category
	 * @param won whether it won
	 */
	public Nomination(Ceremony ceremony, Category category, String categoryName, int position, boolean won) {
		Assert.notNull(ceremony, "ceremony is required");
		Assert.notNull(category, "category is required");
		Assert.isTrue(category.getAward().equals(ceremony.getAward()),
				"the category must belong to the ceremony's award");
		this.ceremony = ceremony;
		this.category = category;
		this.categoryName = (categoryName != null && !categoryName.isBlank()) ? categoryName : category.getName();
		this.position = position;
		this.won = won;
	}

	public Nomination describe(String credit, String detail, String note, String citation) {
		this.credit = credit;
		this.detail = detail;
		this.note = note;
		this.citation = citation;
		return this;
	}

	/**
	 * The condition, in JPQL or SQL, that a nomination counts: an official one, or any
	 * win. The 2nd ceremony's winners were announced without nominations, and Hal Mohr's
	 * win at the 8th was a write-in; neither is an official nomination, and each is an
	 * Oscar won.
	 * @param alias the nomination's alias ({@code n}, {@code e.nomination})
	 * @return the condition, in parentheses
	 */
	public static String counts(String alias) {
		return "(" + alias + ".official = true or " + alias + ".won = true)";
	}

	/**
	 * Marks this nomination as not an official one: kept, shown, and counted only if it
	 * won ({@link #counts(String)}).
	 */
	public Nomination markUnofficial() {
		this.official = false;
		return this;
	}

	public Nomination addFilm(Film film) {
		Assert.notNull(film, "film is required");
		this.films.add(film);
		return this;
	}

	public Nomination addPerson(Person person) {
		Assert.notNull(person, "person is required");
		return addPerson(person, person.getName());
	}

	/**
	 * Adds a person as nominee under the name this nomination credits them with.
	 */
	public Nomination addPerson(Person person, String creditedName) {
		Assert.notNull(person, "person is required");
		Assert.hasText(creditedName, "name is required");
		return addNominee(NomineeKind.person, creditedName, person, null);
	}

	public Nomination addCompany(Company company) {
		Assert.notNull(company, "company is required");
		return addCompany(company, company.getName());
	}

	/**
	 * Adds a company as nominee under the name this nomination credits it with.
	 */
	public Nomination addCompany(Company company, String creditedName) {
		Assert.notNull(company, "company is required");
		Assert.hasText(creditedName, "name is required");
		return addNominee(NomineeKind.company, creditedName, null, company);
	}

	public Nomination addCountry(String country) {
		Assert.hasText(country, "country is required");
		return addNominee(NomineeKind.country, country, null, null);
	}

	private Nomination addNominee(NomineeKind kind, String name, Person person, Company company) {
		int position = this.nominees.size();
		if (position < this.formerNominees.size()) {
			// the row at this position becomes the new nominee: deleting it and inserting
			// another at its position would break their unique key before the delete runs
			Nominee nominee = this.formerNominees.get(position);
			nominee.become(kind, name, person, company);
			this.nominees.add(nominee);
		}
		else {
			this.nominees.add(new Nominee(this, position, kind, name, person, company));
		}
		return this;
	}

	public Nomination citedBy(Source source) {
		Assert.notNull(source, "source is required");
		this.sources.add(source);
		return this;
	}

	/**
	 * Replaces what can be edited, films and sources included; the nominees are added
	 * again after it. The nomination stays at its ceremony. A list given as it is stays
	 * untouched: Hibernate counts a list emptied and filled again as a change, and
	 * rewrites its rows and the nomination's version.
	 */
	public Nomination replace(Category category, String categoryName, boolean won, boolean official, List<Film> films,
			Collection<Source> sources) {
		Assert.notNull(category, "category is required");
		Assert.isTrue(category.getAward().equals(this.ceremony.getAward()),
				"the category must belong to the ceremony's award");
		this.category = category;
		this.categoryName = (categoryName != null && !categoryName.isBlank()) ? categoryName : category.getName();
		this.won = won;
		this.official = official;
		if (!this.films.equals(films)) {
			this.films.clear();
			films.forEach(this::addFilm);
		}
		if (!this.sources.equals(new LinkedHashSet<>(sources))) {
			this.sources.clear();
			sources.forEach(this::citedBy);
		}
		this.formerNominees = new ArrayList<>(this.nominees);
		this.nominees.clear();
		return this;
	}

	public Ceremony getCeremony() {
		return this.ceremony;
	}

	public Category getCategory() {
		return this.category;
	}

	public String getCategoryName() {
		return this.categoryName;
	}

	public String getCredit() {
		return this.credit;
	}

	public String getDetail() {
		return this.detail;
	}

	public String getNote() {
		return this.note;
	}

	public String getCitation() {
		return this.citation;
	}

	public boolean isWon() {
		return this.won;
	}

	public boolean isOfficial() {
		return this.official;
	}

	public int getPosition() {
		return this.position;
	}

	public List<Film> getFilms() {
		return Collections.unmodifiableList(this.films);
	}

	public List<Nominee> getNominees() {
		return Collections.unmodifiableList(this.nominees);
	}

	public Set<Source> getSources() {
		return Collections.unmodifiableSet(this.sources);
	}

}
