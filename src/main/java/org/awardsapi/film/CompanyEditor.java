package org.awardsapi.film;

import java.util.Map;

import jakarta.persistence.EntityManager;
import org.awardsapi.editing.Editable;
import org.awardsapi.web.Versioned;
import org.awardsapi.editing.ReferenceCounts;
import org.awardsapi.web.IdOrSlug;

import org.springframework.stereotype.Component;

/**
 * Edits companies.
 */
@Component
class CompanyEditor implements Editable<Company, CompanyRequest> {

	private final CompanyRepository companies;

	private final CompanyQueryService queries;

	private final EntityManager em;

	CompanyEditor(CompanyRepository companies, CompanyQueryService queries, EntityManager em) {
		this.companies = companies;
		this.queries = queries;
		this.em = em;
	}

	@Override
	public String kind() {
		return "company";
	}

	@Override
	public Class<CompanyRequest> requestType() {
		return CompanyRequest.class;
	}

	@Override
	public Company find(String idOrSlug) {
		return IdOrSlug.find(idOrSlug, kind(), this.companies::findById, this.companies::findBySlug);
	}

	@Override
	public CompanyRequest current(Company c) {
		return new CompanyRequest(c.getSlug(), c.getName(), c.getImdbId());
	}

	@Override
	public Company create(CompanyRequest r) {
		return this.companies.save(new Company(r.slug(), r.name(), r.imdbId()));
	}

	@Override
	public void replace(Company company, CompanyRequest r) {
		company.update(r.slug(), r.name(), r.imdbId());
	}

	@Override
	public Map<String, Long> references(Company company) {
		return ReferenceCounts.of(this.em, company)
			.count("nominations", "select count(e) from Nominee e where e.company = :target")
			.count("films", "select count(f) from FilmCompany f where f.company = :target")
			.toMap();
	}

	@Override
	public void delete(Company company) {
		this.companies.delete(company);
	}

	@Override
	public Versioned<?> view(long id) {
		return this.queries.company(String.valueOf(id));
	}

	@Override
	public String path(long id) {
		return "/api/companies/" + id;
	}

}
