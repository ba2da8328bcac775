package org.awardsapi.film;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.awardsapi.film.FilmDetail.FilmCompanyView;
import org.awardsapi.film.FilmDetail.FilmCredit;
import org.awardsapi.nomination.NominationFilter;
import org.awardsapi.nomination.NominationQueryService;
import org.awardsapi.nomination.NominationView;
import org.awardsapi.person.PersonRef;
import org.awardsapi.shared.JpqlQuery;
import org.awardsapi.shared.Sources;
import org.awardsapi.source.Source;
import org.awardsapi.web.IdOrSlug;
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

	private static final Map<String, String> SORTS = Map.of("title", "f.title", "year", "f.year");

	private static final long[] NONE = { 0, 0 };

	private final EntityManager em;

	private final FilmRepository films;

	private final NominationQueryService nominations;

	FilmQueryService(EntityManager em, FilmRepository films, NominationQueryService nominations) {
		this.em = em;
		this.films = films;
		this.nominations = nominations;
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
		JpqlQuery query = new JpqlQuery("from Film f").matching("f.searchText", q);
		if (year != null) {
			query.and("f.year = :year", "year", year);
		}
		Page<FilmView> page = query.page(this.em,
				"select new org.awardsapi.film.FilmView(f.id, f.slug, f.title, f.year, f.imdbId, 0L, 0L)", "f",
				FilmView.class, pageQuery.toPageable(SORTS, Sort.by("f.title", "f.year", "f.id")));
		Map<Long, long[]> counts = counts(page.getContent().stream().map(FilmView::id).toList());
		return PageResponse.of(page).map((f) -> f.withCounts(counts.getOrDefault(f.id(), NONE)));
	}

	Versioned<FilmDetail> film(String idOrSlug) {
		Film film = find(idOrSlug);
		List<FilmCredit> credits = this.em
			.createQuery("select p.id, p.slug, p.name, c.job, c.character, s, c.id from Credit c join c.person p "
					+ "left join c.source s where c.film = :film order by c.position", Object[].class)
			.setParameter("film", film)
			.getResultList()
			.stream()
			.map((t) -> new FilmCredit((Long) t[6], new PersonRef((Long) t[0], (String) t[1], (String) t[2]),
					(Job) t[3], (String) t[4], Sources.ref((Source) t[5])))
			.toList();
		List<FilmCompanyView> companies = this.em
			.createQuery(
					"select co.id, co.slug, co.name, fc.role, s from FilmCompany fc join fc.company co "
							+ "left join fc.source s where fc.film = :film order by fc.role desc, fc.id",
					Object[].class)
			.setParameter("film", film)
			.getResultList()
			.stream()
			.map((t) -> new FilmCompanyView((Long) t[0], (String) t[1], (String) t[2], (CompanyRole) t[3],
					Sources.ref((Source) t[4])))
			.toList();
		List<NominationView> nominations = this.nominations
			.find(NominationFilter.none().withFilm(film.getId()), PageQuery.first(PageQuery.MAX_SIZE))
			.content();
		long official = nominations.stream().filter(NominationView::official).count();
		long wins = nominations.stream().filter((n) -> n.official() && n.won()).count();
		return new Versioned<>(new FilmDetail(film.getId(), film.getSlug(), film.getTitle(), film.getYear(),
				film.getImdbId(), film.getSynopsis(), credits, companies, official, wins, nominations),
				film.getVersion());
	}

	private Map<Long, long[]> counts(List<Long> ids) {
		Map<Long, long[]> counts = new HashMap<>();
		if (!ids.isEmpty()) {
			this.em
				.createQuery(
						"select f.id, count(n), sum(case when n.won = true then 1 else 0 end) from Nomination n "
								+ "join n.films f where f.id in :ids and n.official = true group by f.id",
						Object[].class)
				.setParameter("ids", ids)
				.getResultList()
				.forEach((t) -> counts.put((Long) t[0], new long[] { (Long) t[1], ((Number) t[2]).longValue() }));
		}
		return counts;
	}

	private Film find(String idOrSlug) {
		return IdOrSlug.find(idOrSlug, "film", this.films::findById, this.films::findBySlug);
	}

}
