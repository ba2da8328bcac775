package org.awardsapi.nomination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.awardsapi.award.AwardRef;
import org.awardsapi.award.CategoryRef;
import org.awardsapi.ceremony.CeremonyRef;
import org.awardsapi.film.FilmRef;
import org.awardsapi.shared.JpqlQuery;
import org.awardsapi.source.SourceRef;
import org.awardsapi.web.IdOrSlug;
import org.awardsapi.web.NotFoundException;
import org.awardsapi.web.PageQuery;
import org.awardsapi.web.PageResponse;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads pages of nominations, whatever they are filtered by, in a fixed number of
 * statements: one for the page, one to count, and one each for the films, nominees and
 * sources of the whole page.
 */
@Service
@Transactional(readOnly = true)
public class NominationQueryService {

	/** The sort properties a nomination list accepts, and what they sort by. */
	static final Map<String, String> SORTS = Map.of("date", "c.date", "ceremony", "c.edition", "category", "cat.name",
			"won", "n.won");

	private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("c.date"), Sort.Order.desc("c.edition"),
			Sort.Order.asc("cat.id"), Sort.Order.asc("n.position"), Sort.Order.asc("n.id"));

	private final EntityManager em;

	NominationQueryService(EntityManager em) {
		this.em = em;
	}

	/**
	 * A page of nominations, newest ceremony first, then by category and order of
	 * announcement.
	 * @param filter what to narrow the list to
	 * @param pageQuery the page
	 * @return the page
	 */
	public PageResponse<NominationView> find(NominationFilter filter, PageQuery pageQuery) {
		Pageable pageable = pageQuery.toPageable(SORTS, DEFAULT_SORT);
		Page<NominationRow> rows = query(filter).page(this.em, "select new org.awardsapi.nomination.NominationRow("
				+ "n.id, a.id, a.slug, a.name, c.id, c.slug, c.name, c.edition, c.date, cat.id, cat.slug, cat.name, "
				+ "cat.categoryClass, n.categoryName, n.credit, n.detail, n.note, n.citation, n.won, n.official)", "n",
				NominationRow.class, pageable);
		return PageResponse.of(new PageImpl<>(views(rows.getContent()), pageable, rows.getTotalElements()));
	}

	/**
	 * One nomination.
	 * @param id its id
	 * @return it
	 * @throws NotFoundException if there is none
	 */
	public NominationView one(long id) {
		List<NominationRow> rows = this.em
			.createQuery("select new org.awardsapi.nomination.NominationRow(n.id, a.id, a.slug, a.name, c.id, c.slug, "
					+ "c.name, c.edition, c.date, cat.id, cat.slug, cat.name, cat.categoryClass, n.categoryName, "
					+ "n.credit, n.detail, n.note, n.citation, n.won, n.official) from Nomination n join n.ceremony c "
					+ "join c.award a join n.category cat where n.id = :id", NominationRow.class)
			.setParameter("id", id)
			.getResultList();
		if (rows.isEmpty()) {
			throw new NotFoundException("nomination", String.valueOf(id));
		}
		return views(rows).get(0);
	}

	/**
	 * The views of some nominations, in the order given, with their films, nominees and
	 * sources read in one statement each.
	 */
	private List<NominationView> views(List<NominationRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(NominationRow::id).toList();
		Map<Long, List<FilmRef>> films = films(ids);
		Map<Long, List<NomineeView>> nominees = nominees(ids);
		Map<Long, List<SourceRef>> sources = sources(ids);
		return rows.stream()
			.map((r) -> new NominationView(r.id(), new AwardRef(r.awardId(), r.awardSlug(), r.awardName()),
					new CeremonyRef(r.ceremonyId(), r.ceremonySlug(), r.ceremonyName(), r.edition(), r.date()),
					new CategoryRef(r.categoryId(), r.categorySlug(), r.categoryName(), r.categoryClass()),
					r.presentedAs(), films.getOrDefault(r.id(), List.of()), nominees.getOrDefault(r.id(), List.of()),
					r.credit(), r.detail(), r.note(), r.citation(), r.won(), r.official(),
					sources.getOrDefault(r.id(), List.of())))
			.toList();
	}

	private Map<Long, List<FilmRef>> films(List<Long> ids) {
		Map<Long, List<FilmRef>> films = new LinkedHashMap<>();
		this.em
			.createQuery("select n.id, f.id, f.slug, f.title, f.year from Nomination n join n.films f "
					+ "where n.id in :ids order by n.id, index(f)", Object[].class)
			.setParameter("ids", ids)
			.getResultList()
			.forEach((t) -> films.computeIfAbsent((Long) t[0], (k) -> new ArrayList<>())
				.add(new FilmRef((Long) t[1], (String) t[2], (String) t[3], (Integer) t[4])));
		return films;
	}

	private Map<Long, List<NomineeView>> nominees(List<Long> ids) {
		Map<Long, List<NomineeView>> nominees = new LinkedHashMap<>();
		this.em
			.createQuery("select e.nomination.id, e.kind, e.name, p.id, p.slug, co.id, co.slug from Nominee e "
					+ "left join e.person p left join e.company co where e.nomination.id in :ids "
					+ "order by e.nomination.id, e.position", Object[].class)
			.setParameter("ids", ids)
			.getResultList()
			.forEach((t) -> {
				Long id = (t[3] != null) ? (Long) t[3] : (Long) t[5];
				String slug = (t[4] != null) ? (String) t[4] : (String) t[6];
				nominees.computeIfAbsent((Long) t[0], (k) -> new ArrayList<>())
					.add(new NomineeView((NomineeKind) t[1], (String) t[2], id, slug));
			});
		return nominees;
	}

	private Map<Long, List<SourceRef>> sources(List<Long> ids) {
		Map<Long, List<SourceRef>> sources = new LinkedHashMap<>();
		this.em
			.createQuery(
					"select n.id, s.id, s.slug, s.title, s.publisher, s.publishedOn, s.url "
							+ "from Nomination n join n.sources s where n.id in :ids order by n.id, s.id",
					Object[].class)
			.setParameter("ids", ids)
			.getResultList()
			.forEach((t) -> sources.computeIfAbsent((Long) t[0], (k) -> new ArrayList<>())
				.add(new SourceRef((Long) t[1], (String) t[2], (String) t[3], (String) t[4], (LocalDate) t[5],
						(String) t[6])));
		return sources;
	}

	private static JpqlQuery query(NominationFilter filter) {
		JpqlQuery query = new JpqlQuery("from Nomination n join n.ceremony c join c.award a join n.category cat");
		idOrSlug(query, "a", "award", filter.award());
		idOrSlug(query, "c", "ceremony", filter.ceremony());
		idOrSlug(query, "cat", "category", filter.category());
		if (filter.film() != null) {
			String column = IdOrSlug.isNumeric(filter.film()) ? "f.id" : "f.slug";
			query.and("exists (select 1 from n.films f where " + column + " = :film)", "film", value(filter.film()));
		}
		if (filter.person() != null) {
			String column = IdOrSlug.isNumeric(filter.person()) ? "e.person.id" : "e.person.slug";
			query.and("exists (select 1 from Nominee e where e.nomination = n and " + column + " = :person)", "person",
					value(filter.person()));
		}
		if (filter.won() != null) {
			query.and("n.won = :won", "won", filter.won());
		}
		return query;
	}

	private static void idOrSlug(JpqlQuery query, String alias, String name, String value) {
		if (value != null) {
			query.and(alias + (IdOrSlug.isNumeric(value) ? ".id" : ".slug") + " = :" + name, name, value(value));
		}
	}

	private static Object value(String idOrSlug) {
		return IdOrSlug.isNumeric(idOrSlug) ? (Object) Long.valueOf(idOrSlug) : idOrSlug;
	}

}
