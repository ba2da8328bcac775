package org.awardsapi.film;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.awardsapi.editing.Editable;
import org.awardsapi.web.Versioned;
import org.awardsapi.editing.ReferenceCounts;
import org.awardsapi.editing.Refs;
import org.awardsapi.film.FilmRequest.FilmCompanyRequest;
import org.awardsapi.source.Source;
import org.awardsapi.source.SourceRepository;
import org.awardsapi.web.IdOrSlug;

import org.springframework.stereotype.Component;

/**
 * Edits films and the companies behind them.
 */
@Component
class FilmEditor implements Editable<Film, FilmRequest> {

	private final FilmRepository films;

	private final CompanyRepository companies;

	private final SourceRepository sources;

	private final FilmQueryService queries;

	private final EntityManager em;

	FilmEditor(FilmRepository films, CompanyRepository companies, SourceRepository sources, FilmQueryService queries,
			EntityManager em) {
		this.films = films;
		this.companies = companies;
		this.sources = sources;
		this.queries = queries;
		this.em = em;
	}

	@Override
	public String kind() {
		return "film";
	}

	@Override
	public Class<FilmRequest> requestType() {
		return FilmRequest.class;
	}

	@Override
	public Film find(String idOrSlug) {
		return IdOrSlug.find(idOrSlug, kind(), this.films::findById, this.films::findBySlug);
	}

	@Override
	public FilmRequest current(Film f) {
		List<FilmCompanyRequest> companies = new ArrayList<>();
		f.getCompanies()
			.forEach((c) -> companies.add(new FilmCompanyRequest(c.getCompany().getSlug(), c.getRole(),
					(c.getSource() != null) ? c.getSource().getSlug() : null)));
		return new FilmRequest(f.getSlug(), f.getTitle(), f.getYear(), f.getImdbId(), f.getSynopsis(), companies);
	}

	@Override
	public Film create(FilmRequest r) {
		List<FilmCompany.Role> roles = companies(r);
		Film film = new Film(r.slug(), r.title(), r.year(), r.imdbId());
		film.describe(r.synopsis());
		film.replaceCompanies(roles);
		return this.films.save(film);
	}

	@Override
	public void replace(Film film, FilmRequest r) {
		List<FilmCompany.Role> roles = companies(r);
		film.update(r.slug(), r.title(), r.year(), r.imdbId(), r.synopsis());
		film.replaceCompanies(roles);
	}

	/**
	 * The company roles a request names, or one 400 naming every name that matches
	 * nothing and every role given a second time (its source would be lost).
	 */
	private List<FilmCompany.Role> companies(FilmRequest r) {
		List<FilmCompanyRequest> requested = (r.companies() != null) ? r.companies() : List.of();
		Refs.Misses misses = new Refs.Misses();
		List<FilmCompany.Role> roles = new ArrayList<>();
		for (int i = 0; i < requested.size(); i++) {
			FilmCompanyRequest role = requested.get(i);
			String field = "companies[" + i + "]";
			Company company = misses
				.find(role.company(), field + ".company", "company", this.companies::findById,
						this.companies::findBySlug)
				.orElse(null);
			Source source = misses
				.find(role.source(), field + ".source", "source", this.sources::findById, this.sources::findBySlug)
				.orElse(null);
			if (company != null
					&& misses.first("companies", i, "company and role", List.of(company.getId(), role.role()))) {
				roles.add(new FilmCompany.Role(company, role.role(), source));
			}
		}
		misses.check();
		return roles;
	}

	@Override
	public Map<String, Long> references(Film film) {
		return ReferenceCounts.of(this.em, film)
			.count("nominations", "select count(n) from Nomination n join n.films f where f = :target")
			.count("credits", "select count(c) from Credit c where c.film = :target")
			.toMap();
	}

	@Override
	public void delete(Film film) {
		this.films.delete(film);
	}

	@Override
	public Versioned<?> view(long id) {
		return this.queries.film(String.valueOf(id));
	}

	@Override
	public String path(long id) {
		return "/api/films/" + id;
	}

}
