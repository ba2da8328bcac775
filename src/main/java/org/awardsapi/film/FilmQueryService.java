package org.awardsapi.film;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.awardsapi.film.FilmDetail.FilmCompanyView;
import org.awardsapi.film.FilmDetail.FilmCredit;
import org.awardsapi.nomination.Nomination;
import org.awardsapi.nomination.NominationFilter;
import org.awardsapi.nomination.NominationQueryService;
import org.awardsapi.nomination.NominationView;
import org.awardsapi.person.PersonRef;
import org.awardsapi.shared.IdBatches;
import org.awardsapi.shared.JpqlQuery;
import org.awardsapi.source.SourceRef;
import org.awardsapi.web.IdOrSlug;
import org.awardsapi.web.NotFoundException;
import org.awardsapi.web.PageQuery;
import org.awardsapi.web.PageResponse;
import org.awardsapi.web.Versioned;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads films, with their credits, companies and awards.
 */
@Service
@Transactional(readOnly = true)
public class FilmQueryService {

	private static final Map<String, String> SORTS = Map.of("title", "f.sortKey", "year", "f.year");

	private static final long[] NONE = { 0, 0 };

	private static final int FILM = 0;

	private static final int CREDIT = 1;

	private static final int COMPANY = 2;

	/**
	 * A film, its credits and its companies in one statement: a union of one select per
	 * kind, each giving the same columns (kind, id, person id, slug, title or name, year,
	 * IMDb id or job or role, synopsis or character, version or the film company's id,
	 * the source's id, slug, title, publisher, date and URL, and the credit's position),
	 * the film first, then the credits in billing order, then the companies (production
	 * first). The first select names and types the columns, so its nulls are cast. Plain
	 * SQL, and the union inside a select: H2 keeps the parsed statement (and the result
	 * of the last run) of a select, but parsed a bare union again on every request
	 * (docs/benchmarks.md). Its three conditions on the film are formatted in.
	 */
	private static final String DETAIL = """
			select * from (
			  select %d kind, f.id id, cast(null as bigint) person_id, f.slug slug, f.title name,
			         f.release_year yr, f.imdb_id extra, f.synopsis body, f.version ver,
			         cast(null as bigint) source_id, cast(null as varchar) source_slug,
			         cast(null as varchar) source_title, cast(null as varchar) publisher,
			         cast(null as date) published_on, cast(null as varchar) url, cast(null as integer) pos
			  from film f where f.%%1$s
			  union all
			  select %d, c.id, p.id, p.slug, p.name, null, c.job, c.character_name, null,
			         s.id, s.slug, s.title, s.publisher, s.published_on, s.url, c.position
			  from credit c join film f on f.id = c.film_id join person p on p.id = c.person_id
			  left join source s on s.id = c.source_id where f.%%1$s
			  union all
			  select %d, co.id, null, co.slug, co.name, null, fc.role, null, fc.id,
			         s.id, s.slug, s.title, s.publisher, s.published_on, s.url, null
			  from film_company fc join film f on f.id = fc.film_id join company co on co.id = fc.company_id
			  left join source s on s.id = fc.source_id where f.%%1$s
			) detail order by kind, pos nulls last, extra desc nulls last, ver nulls last""".formatted(FILM, CREDIT,
			COMPANY);

	/** The nominations and wins of some films, by id, in one statement (IdBatches). */
	private static final String COUNTS = """
			select nf.film_id, count(*), sum(case when n.won = true then 1 else 0 end)
			from nomination n join nomination_film nf on nf.nomination_id = n.id
			where nf.film_id = any(?) and """ + Nomination.counts("n") + " group by nf.film_id";

	private final EntityManager em;

	private final FilmRepository films;

	private final NominationQueryService nominations;

	private final IdBatches batches;

	FilmQueryService(EntityManager em, FilmRepository films, NominationQueryService nominations, IdBatches batches) {
		this.em = em;
		this.films = films;
		this.nominations = nominations;
		this.batches = batches;
	}

	/**
	 * Finds a film by id or slug.
	 * @param idOrSlug the numeric id or the slug
	 * @return the film's id
	 * @throws org.awardsapi.web.NotFoundException if there is none
	 */
	public long idOf(String idOrSlug) {
		return find(idOrSlug).getId();
	}

	PageResponse<FilmView> films(String q, Integer year, PageQuery pageQuery) {
		JpqlQuery query = new JpqlQuery("from Film f").matching("Film", "f", q);
		if (year != null) {
			query.and("f.year = :year", "year", year);
		}
		Page<FilmView> page = query.page(this.em,
				"select new org.awardsapi.film.FilmView(f.id, f.slug, f.title, f.year, f.imdbId, 0L, 0L)", "f",
				FilmView.class, pageQuery.toPageable(SORTS, Sort.by("f.sortKey", "f.year", "f.id")));
		Map<Long, long[]> counts = counts(page.getContent().stream().map(FilmView::id).toList());
		return PageResponse.of(page).map((f) -> f.withCounts(counts.getOrDefault(f.id(), NONE)));
	}

	/**
	 * One film, in three statements: the film with its credits and companies, its
	 * nominations, and their films, nominees and sources.
	 * @param idOrSlug the numeric id or the slug
	 * @return the film, with its version
	 * @throws NotFoundException if there is none
	 */
	Versioned<FilmDetail> film(String idOrSlug) {
		boolean numeric = IdOrSlug.isNumeric(idOrSlug);
		Object film = numeric ? (Object) Long.valueOf(idOrSlug) : idOrSlug;
		List<Object[]> rows = this.batches.rows(DETAIL.formatted(numeric ? "id = ?" : "slug = ?"), film, film, film);
		if (rows.isEmpty() || (Integer) rows.get(0)[0] != FILM) {
			throw new NotFoundException("film", idOrSlug);
		}
		Object[] f = rows.get(0);
		List<FilmCredit> credits = new ArrayList<>();
		List<FilmCompanyView> companies = new ArrayList<>();
		for (Object[] t : rows.subList(1, rows.size())) {
			SourceRef source = (t[9] != null) ? new SourceRef((Long) t[9], (String) t[10], (String) t[11],
					(String) t[12], (LocalDate) t[13], (String) t[14]) : null;
			if ((Integer) t[0] == CREDIT) {
				credits.add(new FilmCredit((Long) t[1], new PersonRef((Long) t[2], (String) t[3], (String) t[4]),
						Job.valueOf((String) t[6]), (String) t[7], source));
			}
			else {
				companies.add(new FilmCompanyView((Long) t[1], (String) t[3], (String) t[4],
						CompanyRole.valueOf((String) t[6]), source));
			}
		}
		long id = (Long) f[1];
		List<NominationView> nominations = this.nominations.first(NominationFilter.none().withFilm(id),
				PageQuery.MAX_SIZE);
		long counted = nominations.stream().filter(NominationView::counts).count();
		long wins = nominations.stream().filter(NominationView::won).count();
		return new Versioned<>(new FilmDetail(id, (String) f[3], (String) f[4], (Integer) f[5], (String) f[6],
				(String) f[7], List.copyOf(credits), List.copyOf(companies), counted, wins, nominations), id,
				(Long) f[8]);
	}

	private Map<Long, long[]> counts(List<Long> ids) {
		Map<Long, long[]> counts = new HashMap<>();
		if (!ids.isEmpty()) {
			this.batches.query(COUNTS, (rs) -> counts.put(rs.getLong(1), new long[] { rs.getLong(2), rs.getLong(3) }),
					ids);
		}
		return counts;
	}

	private Film find(String idOrSlug) {
		return IdOrSlug.find(idOrSlug, "film", this.films::findById, this.films::findBySlug);
	}

}
