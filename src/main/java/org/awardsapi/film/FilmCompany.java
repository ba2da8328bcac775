package org.awardsapi.film;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.awardsapi.shared.AbstractEntity;
import org.awardsapi.source.Source;

/**
 * A company's role on a film: Neon distributed Anora. Made through
 * {@link Film#addCompany}.
 */
@Entity
@Table(name = "film_company")
public class FilmCompany extends AbstractEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "film_id", nullable = false)
	private Film film;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "company_id", nullable = false)
	private Company company;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private CompanyRole role;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "source_id")
	private Source source;

	protected FilmCompany() {
	}

	FilmCompany(Film film, Company company, CompanyRole role, Source source) {
		this.film = film;
		this.company = company;
		this.role = role;
		this.source = source;
	}

	void citedBy(Source source) {
		this.source = source;
	}

	public Film getFilm() {
		return this.film;
	}

	public Company getCompany() {
		return this.company;
	}

	public CompanyRole getRole() {
		return this.role;
	}

	public Source getSource() {
		return this.source;
	}

	/**
	 * A company's role on a film as a write gives it.
	 *
	 * @param company the company
	 * @param role its role
	 * @param source where it is written, or {@code null}
	 */
	public record Role(Company company, CompanyRole role, Source source) {

		boolean is(FilmCompany filmCompany) {
			return filmCompany.getCompany().equals(this.company) && filmCompany.getRole() == this.role;
		}

	}

}
