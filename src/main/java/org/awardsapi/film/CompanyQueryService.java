package org.awardsapi.film;

import java.util.Map;

import jakarta.persistence.EntityManager;
import org.awardsapi.shared.JpqlQuery;
import org.awardsapi.web.IdOrSlug;
import org.awardsapi.web.PageQuery;
import org.awardsapi.web.PageResponse;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads companies.
 */
@Service
@Transactional(readOnly = true)
class CompanyQueryService {

	private static final String ROW = "select new org.awardsapi.film.CompanyView(c.id, c.slug, c.name, c.imdbId, "
			+ "(select count(fc) from FilmCompany fc where fc.company = c), "
			+ "(select count(distinct e.nomination) from Nominee e where e.company = c and e.nomination.official = true))";

	private final EntityManager em;

	private final CompanyRepository companies;

	CompanyQueryService(EntityManager em, CompanyRepository companies) {
		this.em = em;
		this.companies = companies;
	}

	PageResponse<CompanyView> companies(String q, PageQuery pageQuery) {
		return PageResponse.of(new JpqlQuery("from Company c").matching("c.searchText", q)
			.page(this.em, ROW, "c", CompanyView.class,
					pageQuery.toPageable(Map.of("name", "c.name"), Sort.by("c.name", "c.id"))));
	}

	CompanyView company(String idOrSlug) {
		Company company = IdOrSlug.find(idOrSlug, "company", this.companies::findById, this.companies::findBySlug);
		return this.em.createQuery(ROW + " from Company c where c.id = :id", CompanyView.class)
			.setParameter("id", company.getId())
			.getSingleResult();
	}

}
