package org.awardsapi.film;

import java.util.Map;

import jakarta.persistence.EntityManager;
import org.awardsapi.nomination.Nomination;
import org.awardsapi.shared.JpqlQuery;
import org.awardsapi.web.IdOrSlug;
import org.awardsapi.web.NotFoundException;
import org.awardsapi.web.PageQuery;
import org.awardsapi.web.PageResponse;
import org.awardsapi.web.Versioned;

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
			+ "(select count(distinct e.nomination) from Nominee e where e.company = c and "
			+ Nomination.counts("e.nomination") + "))";

	private final EntityManager em;

	CompanyQueryService(EntityManager em) {
		this.em = em;
	}

	PageResponse<CompanyView> companies(String q, PageQuery pageQuery) {
		return PageResponse.of(new JpqlQuery("from Company c").matching("Company", "c", q)
			.page(this.em, ROW, "c", CompanyView.class,
					pageQuery.toPageable(Map.of("name", "c.sortKey"), Sort.by("c.sortKey", "c.id"))));
	}

	/**
	 * @param idOrSlug the numeric id or the slug
	 * @return the company, with its version, in one statement
	 * @throws NotFoundException if there is none
	 */
	Versioned<CompanyView> company(String idOrSlug) {
		boolean numeric = IdOrSlug.isNumeric(idOrSlug);
		return this.em
			.createQuery("select " + ROW.substring("select ".length()) + ", c.version from Company c where "
					+ (numeric ? "c.id" : "c.slug") + " = :id", Object[].class)
			.setParameter("id", numeric ? (Object) Long.valueOf(idOrSlug) : idOrSlug)
			.getResultStream()
			.findFirst()
			.map((row) -> new Versioned<>((CompanyView) row[0], ((CompanyView) row[0]).id(), (Long) row[1]))
			.orElseThrow(() -> new NotFoundException("company", idOrSlug));
	}

}
