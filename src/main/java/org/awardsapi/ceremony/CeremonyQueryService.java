package org.awardsapi.ceremony;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.awardsapi.award.AwardRef;
import org.awardsapi.award.CategoryClass;
import org.awardsapi.award.CategoryRef;
import org.awardsapi.nomination.Nomination;
import org.awardsapi.person.PersonRef;
import org.awardsapi.shared.JpqlQuery;
import org.awardsapi.source.SourceRef;
import org.awardsapi.web.IdOrSlug;
import org.awardsapi.web.NotFoundException;
import org.awardsapi.web.PageQuery;
import org.awardsapi.web.PageResponse;
import org.awardsapi.web.Versioned;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads ceremonies.
 */
@Service
@Transactional(readOnly = true)
public class CeremonyQueryService {

	private static final Map<String, String> SORTS = Map.of("date", "c.date", "edition", "c.edition", "name",
			"c.sortKey");

	/**
	 * A ceremony, its version and its counts, in one statement.
	 */
	private static final String DETAIL = "select c.id, c.slug, c.name, c.edition, c.date, c.filmYear, c.venue, "
			+ "a.id, a.slug, a.name, c.version, "
			+ "(select count(distinct n.category) from Nomination n where n.ceremony = c and " + Nomination.counts("n")
			+ "), " + "(select count(n) from Nomination n where n.ceremony = c and " + Nomination.counts("n") + "), "
			+ "(select count(n) from Nomination n where n.ceremony = c and n.won = true), "
			+ "(select count(distinct f) from Nomination n join n.films f where n.ceremony = c and "
			+ Nomination.counts("n") + "), "
			+ "(select count(distinct e.person) from Nominee e where e.nomination.ceremony = c and "
			+ Nomination.counts("e.nomination") + ") from Ceremony c join c.award a where ";

	private final EntityManager em;

	private final CeremonyRepository ceremonies;

	CeremonyQueryService(EntityManager em, CeremonyRepository ceremonies) {
		this.em = em;
		this.ceremonies = ceremonies;
	}

	/**
	 * Finds a ceremony by id or slug.
	 * @param idOrSlug the numeric id or the slug
	 * @return its id
	 * @throws org.awardsapi.web.NotFoundException if there is none
	 */
	public long idOf(String idOrSlug) {
		return IdOrSlug.find(idOrSlug, "ceremony", this.ceremonies::findById, this.ceremonies::findBySlug).getId();
	}

	PageResponse<CeremonyView> ceremonies(String awardFilter, Integer year, PageQuery pageQuery) {
		JpqlQuery query = new JpqlQuery("from Ceremony c join c.award a");
		String award = IdOrSlug.filter(awardFilter);
		if (award != null) {
			query.and(IdOrSlug.isNumeric(award) ? "a.id = :award" : "a.slug = :award", "award",
					IdOrSlug.isNumeric(award) ? (Object) Long.valueOf(award) : award);
		}
		if (year != null) {
			query.and("extract(year from c.date) = :year", "year", year);
		}
		return PageResponse.of(query.page(this.em,
				"select new org.awardsapi.ceremony.CeremonyView(c.id, c.slug, c.name, c.edition, c.date, "
						+ "c.filmYear, c.venue, a.id, a.slug, a.name)",
				"c", CeremonyView.class, pageQuery.toPageable(SORTS,
						Sort.by(Sort.Order.desc("c.date"), Sort.Order.desc("c.edition"), Sort.Order.asc("a.slug")))));
	}

	/**
	 * One ceremony, in two statements: the ceremony with its counts, and who presented
	 * what.
	 * @param idOrSlug the numeric id or the slug
	 * @return the ceremony, with its version
	 * @throws NotFoundException if there is none
	 */
	Versioned<CeremonyDetail> ceremony(String idOrSlug) {
		boolean numeric = IdOrSlug.isNumeric(idOrSlug);
		Object[] t = this.em.createQuery(DETAIL + (numeric ? "c.id" : "c.slug") + " = :ceremony", Object[].class)
			.setParameter("ceremony", numeric ? (Object) Long.valueOf(idOrSlug) : idOrSlug)
			.getResultStream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("ceremony", idOrSlug));
		long id = (Long) t[0];
		CeremonyDetail.Counts counts = new CeremonyDetail.Counts((Long) t[11], (Long) t[12], (Long) t[13], (Long) t[14],
				(Long) t[15]);
		return new Versioned<>(new CeremonyDetail(id, (String) t[1], (String) t[2], (Integer) t[3], (LocalDate) t[4],
				(String) t[5], (String) t[6], new AwardRef((Long) t[7], (String) t[8], (String) t[9]), counts,
				presentations("pr.ceremony.id = :id", id)), id, (Long) t[10]);
	}

	/**
	 * The presentations matching a condition on {@code pr} with one parameter
	 * {@code :id}.
	 * @param condition such as {@code pr.presenter.id = :id}
	 * @param id the parameter
	 * @return the presentations, oldest ceremony first
	 */
	public List<PresentationView> presentations(String condition, long id) {
		return this.em
			.createQuery(
					"select c.id, c.slug, c.name, c.edition, c.date, k.id, k.slug, k.name, k.categoryClass, "
							+ "p.id, p.slug, p.name, s.id, s.slug, s.title, s.publisher, s.publishedOn, s.url, pr.id "
							+ "from Presentation pr join pr.ceremony c join pr.category k join pr.presenter p "
							+ "left join pr.source s where " + condition + " order by c.date, k.id, p.sortKey, p.id",
					Object[].class)
			.setParameter("id", id)
			.getResultList()
			.stream()
			.map((t) -> new PresentationView((Long) t[18],
					new CeremonyRef((Long) t[0], (String) t[1], (String) t[2], (Integer) t[3], (LocalDate) t[4]),
					new CategoryRef((Long) t[5], (String) t[6], (String) t[7], (CategoryClass) t[8]),
					new PersonRef((Long) t[9], (String) t[10], (String) t[11]),
					(t[12] != null) ? new SourceRef((Long) t[12], (String) t[13], (String) t[14], (String) t[15],
							(LocalDate) t[16], (String) t[17]) : null))
			.toList();
	}

}
