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
import org.awardsapi.shared.IdBatches;
import org.awardsapi.shared.JpqlQuery;
import org.awardsapi.source.SourceRef;
import org.awardsapi.web.IdOrSlug;
import org.awardsapi.web.NotFoundException;
import org.awardsapi.web.PageQuery;
import org.awardsapi.web.PageResponse;
import org.awardsapi.web.Versioned;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads pages of nominations, whatever they are filtered by, in at most three statements:
 * one for the page, one to count (only when the page does not tell the total), and one
 * for the films, nominees and sources of the whole page.
 */
@Service
@Transactional(readOnly = true)
public class NominationQueryService {

	/** The sort properties a nomination list accepts, and what they sort by. */
	static final Map<String, String> SORTS = Map.of("date", "c.date", "ceremony", "c.edition", "category",
			"cat.sortKey", "won", "n.won");

	private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("c.date"), Sort.Order.desc("c.edition"),
			Sort.Order.asc("cat.id"), Sort.Order.asc("n.position"), Sort.Order.asc("n.id"));

	/**
	 * The select of a nomination's own columns, with its ceremony, award and category.
	 */
	private static final String ROW = "select new org.awardsapi.nomination.NominationRow(n.id, a.id, a.slug, "
			+ "a.name, c.id, c.slug, c.name, c.edition, c.date, cat.id, cat.slug, cat.name, cat.categoryClass, "
			+ "n.categoryName, n.credit, n.detail, n.note, n.citation, n.won, n.official, n.version)";

	/** The kinds of child rows of a nomination, in the order they are read. */
	private static final int FILM = 0;

	private static final int NOMINEE = 1;

	private static final int SOURCE = 2;

	private static final String CHILDREN = """
			select * from (
			  select %d kind, nf.nomination_id owner, nf.position pos, f.id id, f.slug slug, f.title title,
			         cast(null as varchar) extra, f.release_year yr, cast(null as date) published,
			         cast(null as varchar) url
			  from nomination_film nf join film f on f.id = nf.film_id
			  where nf.nomination_id = any(?)
			  union all
			  select %d, e.nomination_id, e.position, coalesce(p.id, co.id), coalesce(p.slug, co.slug), e.name,
			         e.kind, null, null, null
			  from nominee e left join person p on p.id = e.person_id left join company co on co.id = e.company_id
			  where e.nomination_id = any(?)
			  union all
			  select %d, ns.nomination_id, 0, s.id, s.slug, s.title, s.publisher, null, s.published_on, s.url
			  from nomination_source ns join source s on s.id = ns.source_id
			  where ns.nomination_id = any(?)
			) children order by 1, 2, 3, 4""".formatted(FILM, NOMINEE, SOURCE);

	private final EntityManager em;

	private final IdBatches batches;

	NominationQueryService(EntityManager em, IdBatches batches) {
		this.em = em;
		this.batches = batches;
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
		Page<NominationRow> rows = query(filter).page(this.em, ROW, "n", NominationRow.class, pageable);
		return PageResponse.of(new PageImpl<>(views(rows.getContent()), pageable, rows.getTotalElements()));
	}

	/**
	 * The first nominations, newest ceremony first, then by category and order of
	 * announcement, in two statements (never counted): for the nominations of a single
	 * resource.
	 * @param filter what to narrow the list to
	 * @param max how many at most
	 * @return the nominations
	 */
	public List<NominationView> first(NominationFilter filter, int max) {
		return views(query(filter).first(this.em, ROW, NominationRow.class, DEFAULT_SORT, max));
	}

	/**
	 * One nomination, in two statements.
	 * @param id its id
	 * @return it, with its version
	 * @throws NotFoundException if there is none
	 */
	public Versioned<NominationView> one(long id) {
		List<NominationRow> rows = this.em
			.createQuery(ROW + " from Nomination n join n.ceremony c join c.award a join n.category cat "
					+ "where n.id = :id", NominationRow.class)
			.setParameter("id", id)
			.getResultList();
		if (rows.isEmpty()) {
			throw new NotFoundException("nomination", String.valueOf(id));
		}
		return new Versioned<>(views(rows).get(0), id, rows.get(0).version());
	}

	/**
	 * The views of some nominations, in the order given, with their films, nominees and
	 * sources read in one statement.
	 */
	private List<NominationView> views(List<NominationRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, Children> children = children(rows.stream().map(NominationRow::id).toList());
		return rows.stream().map((r) -> {
			Children of = children.getOrDefault(r.id(), Children.NONE);
			return new NominationView(r.id(), new AwardRef(r.awardId(), r.awardSlug(), r.awardName()),
					new CeremonyRef(r.ceremonyId(), r.ceremonySlug(), r.ceremonyName(), r.edition(), r.date()),
					new CategoryRef(r.categoryId(), r.categorySlug(), r.categoryName(), r.categoryClass()),
					r.presentedAs(), List.copyOf(of.films()), List.copyOf(of.nominees()), r.credit(), r.detail(),
					r.note(), r.citation(), r.won(), r.official(), List.copyOf(of.sources()));
		}).toList();
	}

	/**
	 * The films, nominees and sources of some nominations, in one statement: a union of
	 * one select per kind, each giving the same columns (kind, nomination, position, id,
	 * slug, title or name, nominee kind or publisher, year, published on, URL), ordered
	 * by kind, nomination and position (sources by id). Plain SQL with the ids as one
	 * array ({@link IdBatches}); the first select types the columns, so its nulls are
	 * cast.
	 */
	private Map<Long, Children> children(List<Long> ids) {
		Map<Long, Children> children = new LinkedHashMap<>();
		this.batches.query(CHILDREN, (rs) -> {
			Children of = children.computeIfAbsent(rs.getLong(2), (k) -> new Children());
			switch (rs.getInt(1)) {
				case FILM -> of.films()
					.add(new FilmRef(rs.getLong(4), rs.getString(5), rs.getString(6), rs.getObject(8, Integer.class)));
				case NOMINEE -> of.nominees()
					.add(new NomineeView(NomineeKind.valueOf(rs.getString(7)), rs.getString(6),
							rs.getObject(4, Long.class), rs.getString(5)));
				default -> of.sources()
					.add(new SourceRef(rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7),
							rs.getObject(9, LocalDate.class), rs.getString(10)));
			}
		}, ids, ids, ids);
		return children;
	}

	/**
	 * The films, nominees and sources of one nomination, as read.
	 */
	private record Children(List<FilmRef> films, List<NomineeView> nominees, List<SourceRef> sources) {

		static final Children NONE = new Children();

		Children() {
			this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		}

	}

	private static JpqlQuery query(NominationFilter filter) {
		JpqlQuery query = new JpqlQuery("from Nomination n join n.ceremony c join c.award a join n.category cat");
		idOrSlug(query, "a", "award", filter.award());
		idOrSlug(query, "c", "ceremony", filter.ceremony());
		idOrSlug(query, "cat", "category", filter.category());
		// a film or a person narrows by "n.id in (the ids of its nominations)": the
		// database looks those up in the film's or person's index, then the nominations
		// by key. An "exists" correlated with n made H2 test every nomination there is.
		if (filter.film() != null) {
			String column = IdOrSlug.isNumeric(filter.film()) ? "f.id" : "f.slug";
			query.and("n.id in (select fn.id from Nomination fn join fn.films f where " + column + " = :film)", "film",
					value(filter.film()));
		}
		if (filter.person() != null) {
			String column = IdOrSlug.isNumeric(filter.person()) ? "e.person.id" : "e.person.slug";
			query.and("n.id in (select e.nomination.id from Nominee e where " + column + " = :person)", "person",
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
