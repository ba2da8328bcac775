package org.awardsapi.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.awardsapi.award.AwardRef;
import org.awardsapi.award.CategoryClass;
import org.awardsapi.award.CategoryRef;
import org.awardsapi.ceremony.CeremonyRef;
import org.awardsapi.film.FilmRef;
import org.awardsapi.nomination.Nomination;
import org.awardsapi.person.PersonRef;
import org.awardsapi.shared.IdBatches;
import org.awardsapi.web.IdOrSlug;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Repository;

import static org.springframework.data.domain.Sort.Order.asc;
import static org.springframework.data.domain.Sort.Order.desc;

/**
 * The statistics queries: each page is one group-by query straight into records plus one
 * count query (only when the page does not tell the total); the lists of each row come
 * from one batched query over the ids of the page. The ceremony or person a page is about
 * is given by id or slug and matched in the queries themselves, without a lookup first.
 * Official nominations and every win count (Nomination#counts); a win is a nomination
 * that won; a person counts through the nominees that are that person.
 */
@Repository
class StatsQueries {

	private static final String WINS = "count(distinct case when n.won = true then n.id end)";

	private static final String NOMINATIONS = "count(distinct n.id)";

	private static final String PERSON_REF = "new org.awardsapi.person.PersonRef(p.id, p.slug, p.name)";

	private static final String CEREMONY_REF = "new org.awardsapi.ceremony.CeremonyRef(cer.id, cer.slug, cer.name, cer.edition, cer.date)";

	private static final String AWARD_REF = "new org.awardsapi.award.AwardRef(a.id, a.slug, a.name)";

	private static final String FILM_REF = "new org.awardsapi.film.FilmRef(f.id, f.slug, f.title, f.year)";

	/**
	 * The category classes that are not competitive, written into the queries as
	 * literals: Hibernate translates a query with a list parameter again at every call.
	 */
	private static final List<CategoryClass> NOT_COMPETITIVE = Arrays.stream(CategoryClass.values())
		.filter((categoryClass) -> !categoryClass.isCompetitive())
		.toList();

	private static final String NOT_COMPETITIVE_SQL = NOT_COMPETITIVE.stream()
		.map((categoryClass) -> "'" + categoryClass.name() + "'")
		.collect(Collectors.joining(", ", "(", ")"));

	static final StatsSort WINS_BY_PERSON = new StatsSort(
			StatsSort.ordered("wins", WINS, "nominations", NOMINATIONS, "name", "p.sortKey"),
			Sort.by(desc("wins"), desc("nominations"), asc("name")), "p.id asc");

	static final StatsSort WINS_BY_FILM = new StatsSort(
			StatsSort.ordered("wins", WINS, "nominations", NOMINATIONS, "title", "f.sortKey"),
			Sort.by(desc("wins"), desc("nominations"), asc("title")), "f.year asc, f.id asc");

	static final StatsSort WINS_BY_CEREMONY = new StatsSort(
			StatsSort.ordered("date", "cer.date", "wins", WINS, "nominations", NOMINATIONS), Sort.by(desc("date")),
			"cer.id desc");

	/**
	 * In SQL: the columns of {@link #winsByPersonPerCeremony}'s query.
	 */
	static final StatsSort WINS_BY_PERSON_PER_CEREMONY = new StatsSort(StatsSort.ordered("wins", "t.wins",
			"nominations", "nominations", "date", "cer.held_on", "name", "p.sort_key"),
			Sort.by(desc("wins"), asc("date"), asc("name")), "p.id asc, cer.id asc");

	private final EntityManager entityManager;

	private final IdBatches batches;

	StatsQueries(EntityManager entityManager, IdBatches batches) {
		this.entityManager = entityManager;
		this.batches = batches;
	}

	/**
	 * @param ceremony the ceremony, by numeric id or slug
	 * @param pageable the page and its order ({@link #WINS_BY_PERSON})
	 * @return the wins and nominations of each person nominated at the ceremony
	 */
	Page<PersonTally> winsByPerson(String ceremony, Pageable pageable) {
		String from = " from Nominee ne join ne.person p join ne.nomination n" + " where "
				+ idOrSlug("n.ceremony", "ceremony", ceremony) + " and " + Nomination.counts("n");
		TypedQuery<PersonTally> query = this.entityManager
			.createQuery("select new org.awardsapi.stats.StatsQueries$PersonTally(" + PERSON_REF + ", " + WINS + ", "
					+ NOMINATIONS + ")" + from + " group by p.id, p.slug, p.name, p.sortKey"
					+ WINS_BY_PERSON.orderBy(pageable.getSort()), PersonTally.class);
		TypedQuery<Long> count = this.entityManager.createQuery("select count(distinct p.id)" + from, Long.class);
		query.setParameter("ceremony", value(ceremony));
		count.setParameter("ceremony", value(ceremony));
		return page(query, count, pageable);
	}

	/**
	 * @param ceremony the ceremony, by numeric id or slug
	 * @param personIds the people
	 * @return the counted nominations of those people at the ceremony, one row per film
	 * (or one row without a film), owned by the person, in category order
	 */
	List<NominationRow> nominationsOfPeople(String ceremony, Collection<Long> personIds) {
		return nominationRows("ne.person_id", sqlIdOrSlug("cer", ceremony) + " and ne.person_id = any(?)",
				value(ceremony), personIds);
	}

	/**
	 * @param ceremony the ceremony, by numeric id or slug
	 * @param pageable the page and its order ({@link #WINS_BY_FILM})
	 * @return the wins and nominations of each film nominated at the ceremony
	 */
	Page<FilmWins> winsByFilm(String ceremony, Pageable pageable) {
		String from = " from Nomination n join n.films f where " + idOrSlug("n.ceremony", "ceremony", ceremony)
				+ " and " + Nomination.counts("n");
		TypedQuery<FilmWins> query = this.entityManager.createQuery("select new org.awardsapi.stats.FilmWins("
				+ FILM_REF + ", " + WINS + ", " + NOMINATIONS + ")" + from
				+ " group by f.id, f.slug, f.title, f.year, f.sortKey" + WINS_BY_FILM.orderBy(pageable.getSort()),
				FilmWins.class);
		TypedQuery<Long> count = this.entityManager.createQuery("select count(distinct f.id)" + from, Long.class);
		query.setParameter("ceremony", value(ceremony));
		count.setParameter("ceremony", value(ceremony));
		return page(query, count, pageable);
	}

	/**
	 * @param person the person, by numeric id or slug
	 * @param pageable the page and its order ({@link #WINS_BY_CEREMONY})
	 * @return the person's wins and nominations at each ceremony they were nominated at
	 */
	Page<CeremonyTally> winsByCeremony(String person, Pageable pageable) {
		String from = " from Nominee ne join ne.nomination n join n.ceremony cer join cer.award a" + " where "
				+ idOrSlug("ne.person", "person", person) + " and " + Nomination.counts("n");
		TypedQuery<CeremonyTally> query = this.entityManager
			.createQuery("select new org.awardsapi.stats.StatsQueries$CeremonyTally(" + CEREMONY_REF + ", " + AWARD_REF
					+ ", " + WINS + ", " + NOMINATIONS + ")" + from
					+ " group by cer.id, cer.slug, cer.name, cer.edition, cer.date, a.id, a.slug, a.name"
					+ WINS_BY_CEREMONY.orderBy(pageable.getSort()), CeremonyTally.class);
		TypedQuery<Long> count = this.entityManager.createQuery("select count(distinct cer.id)" + from, Long.class);
		query.setParameter("person", value(person));
		count.setParameter("person", value(person));
		return page(query, count, pageable);
	}

	/**
	 * @param person the person, by numeric id or slug
	 * @param ceremonyIds the ceremonies
	 * @return the person's counted nominations at those ceremonies, one row per film (or
	 * one row without a film), owned by the ceremony, in category order
	 */
	List<NominationRow> nominationsAtCeremonies(String person, Collection<Long> ceremonyIds) {
		return nominationRows("n.ceremony_id", sqlIdOrSlug("p", person) + " and n.ceremony_id = any(?)", value(person),
				ceremonyIds);
	}

	/**
	 * The counted nominations of some rows of a page, in one statement
	 * ({@link IdBatches}).
	 * @param owner the column of what each row belongs to (a person's or a ceremony's id)
	 * @param condition the SQL condition on the person or ceremony the page is about
	 * ({@code cer} or {@code p}) and on the owners, in that order
	 * @param one the person or ceremony the page is about, by id or slug
	 * @param owners the ids of the page's rows
	 * @return one row per film (or one row without a film), in category order
	 */
	private List<NominationRow> nominationRows(String owner, String condition, Object one, Collection<Long> owners) {
		List<NominationRow> rows = new ArrayList<>();
		this.batches.query("select " + owner + ", n.id, n.won, c.id, c.slug, c.name, c.category_class, f.id, f.slug,"
				+ " f.title, f.release_year from nominee ne join person p on p.id = ne.person_id"
				+ " join nomination n on n.id = ne.nomination_id join ceremony cer on cer.id = n.ceremony_id"
				+ " join category c on c.id = n.category_id left join nomination_film nf on nf.nomination_id = n.id"
				+ " left join film f on f.id = nf.film_id where " + Nomination.counts("n") + " and " + condition
				+ " order by c.sort_key, c.id, n.position, n.id, nf.position",
				(rs) -> rows.add(new NominationRow(rs.getLong(1), rs.getLong(2), rs.getBoolean(3),
						new CategoryRef(rs.getLong(4), rs.getString(5), rs.getString(6),
								CategoryClass.valueOf(rs.getString(7))),
						rs.getObject(8, Long.class), rs.getString(9), rs.getString(10),
						rs.getObject(11, Integer.class))),
				one, owners);
		return rows;
	}

	/**
	 * In plain SQL, shaped for the database's work rather than the page's: a row needs a
	 * win ({@code minWins} is 1 or more), so the query groups only the winning
	 * nominations by person and ceremony ids (under a third of them all), keeps the pairs
	 * with enough wins, and only then counts each pair's nominations (from the person's
	 * index) and joins the names. Grouping every nomination by the eleven columns of the
	 * names, as JPQL did, cost H2 six times as long (docs/benchmarks.md, item 16). The
	 * {@code offset 0 rows} keeps the grouped pairs a table of their own: without it H2
	 * read every person first and grouped the winning nominations again for each.
	 * @param filter the filters
	 * @param pageable the page and its order ({@link #WINS_BY_PERSON_PER_CEREMONY})
	 * @return the wins and nominations of each person at each ceremony, for the rows with
	 * at least {@code minWins} wins
	 */
	Page<PersonCeremonyTally> winsByPersonPerCeremony(WinsFilter filter, Pageable pageable) {
		List<Object> parameters = new ArrayList<>();
		String competitive = filter.competitiveOnly()
				? " join category c on c.id = n.category_id and c.category_class not in " + NOT_COMPETITIVE_SQL : "";
		String pairs = "select ne.person_id, n.ceremony_id, count(distinct n.id) as wins"
				+ " from nominee ne join nomination n on n.id = ne.nomination_id" + competitive
				+ " where n.won = true and ne.person_id is not null" + sqlFilters(filter, parameters)
				+ " group by ne.person_id, n.ceremony_id" + " having count(distinct n.id) >= ?";
		parameters.add(filter.minWins());
		List<Object> pageParameters = new ArrayList<>(parameters);
		pageParameters.add(pageable.getOffset());
		pageParameters.add(pageable.getPageSize());
		List<PersonCeremonyTally> content = this.batches
			.list("select p.id, p.slug, p.name, cer.id, cer.slug, cer.name, cer.edition, cer.held_on, a.id,"
					+ " a.slug, a.name, t.wins, (select count(distinct n.id) from nominee ne"
					+ " join nomination n on n.id = ne.nomination_id" + competitive
					+ " where ne.person_id = t.person_id and n.ceremony_id = t.ceremony_id and "
					+ Nomination.counts("n") + ")" + " as nominations from (" + pairs
					+ " offset 0 rows) t join person p on p.id = t.person_id"
					+ " join ceremony cer on cer.id = t.ceremony_id join award a on a.id = cer.award_id"
					+ WINS_BY_PERSON_PER_CEREMONY.orderBy(pageable.getSort()) + " offset ? rows fetch next ? rows only",
					(rs, n) -> new PersonCeremonyTally(new PersonRef(rs.getLong(1), rs.getString(2), rs.getString(3)),
							new CeremonyRef(rs.getLong(4), rs.getString(5), rs.getString(6), rs.getInt(7),
									rs.getObject(8, LocalDate.class)),
							new AwardRef(rs.getLong(9), rs.getString(10), rs.getString(11)), rs.getLong(12),
							rs.getLong(13)),
					pageParameters.toArray());
		return PageableExecutionUtils.getPage(content, pageable,
				() -> this.batches
					.list("select count(*) from (" + pairs + ") t", (rs, n) -> rs.getLong(1), parameters.toArray())
					.get(0));
	}

	/**
	 * @param filter the filters, of which only {@code competitiveOnly} applies here
	 * @param personIds the people
	 * @param ceremonyIds the ceremonies
	 * @return the films of the winning nominations of those people at those ceremonies,
	 * by title
	 */
	List<WonFilmRow> wonFilms(WinsFilter filter, Collection<Long> personIds, Collection<Long> ceremonyIds) {
		List<WonFilmRow> rows = new ArrayList<>();
		this.batches.query(
				"select ne.person_id, n.ceremony_id, f.id, f.slug, f.title, f.release_year"
						+ " from nominee ne join nomination n on n.id = ne.nomination_id"
						+ " join category c on c.id = n.category_id join nomination_film nf on nf.nomination_id = n.id"
						+ " join film f on f.id = nf.film_id where n.won = true"
						+ " and ne.person_id = any(?) and n.ceremony_id = any(?)"
						+ (filter.competitiveOnly() ? " and c.category_class not in " + NOT_COMPETITIVE_SQL : "")
						+ " order by f.sort_key, f.release_year, f.id",
				(rs) -> rows.add(new WonFilmRow(rs.getLong(1), rs.getLong(2),
						new FilmRef(rs.getLong(3), rs.getString(4), rs.getString(5), rs.getObject(6, Integer.class)))),
				personIds, ceremonyIds);
		return rows;
	}

	/**
	 * The filters on the winning nominations ({@code ne}, {@code n}) of
	 * {@link #winsByPersonPerCeremony}, each an id or a slug.
	 */
	private static String sqlFilters(WinsFilter filter, List<Object> parameters) {
		StringBuilder where = new StringBuilder();
		if (filter.award() != null) {
			where.append(" and n.ceremony_id in (select cer.id from ceremony cer join award a on a.id = cer.award_id"
					+ " where " + sqlIdOrSlug("a", filter.award()) + ")");
			parameters.add(value(filter.award()));
		}
		if (filter.ceremony() != null) {
			where.append(" and n.ceremony_id = (select cer.id from ceremony cer where ")
				.append(sqlIdOrSlug("cer", filter.ceremony()))
				.append(")");
			parameters.add(value(filter.ceremony()));
		}
		if (filter.person() != null) {
			where.append(" and ne.person_id = (select p.id from person p where ")
				.append(sqlIdOrSlug("p", filter.person()))
				.append(")");
			parameters.add(value(filter.person()));
		}
		return where.toString();
	}

	/**
	 * @param alias the table's alias in SQL
	 * @param value the numeric id or the slug
	 * @return the SQL condition that the row is the one given
	 */
	private static String sqlIdOrSlug(String alias, String value) {
		return alias + (IdOrSlug.isNumeric(value) ? ".id" : ".slug") + " = ?";
	}

	/**
	 * @param path the entity, such as {@code n.ceremony}
	 * @param parameter the parameter's name
	 * @param value the numeric id or the slug
	 * @return the condition that the entity is the one given
	 */
	private static String idOrSlug(String path, String parameter, String value) {
		return path + (IdOrSlug.isNumeric(value) ? ".id" : ".slug") + " = :" + parameter;
	}

	/**
	 * @param value the numeric id or the slug
	 * @return the value of its parameter
	 */
	private static Object value(String value) {
		return IdOrSlug.isNumeric(value) ? (Object) Long.valueOf(value) : value;
	}

	/**
	 * Runs a page query, and its count query unless the page tells the total (a first
	 * page shorter than the page size).
	 */
	private static <T> Page<T> page(TypedQuery<T> query, TypedQuery<Long> count, Pageable pageable) {
		query.setFirstResult((int) Math.min(pageable.getOffset(), Integer.MAX_VALUE));
		query.setMaxResults(pageable.getPageSize());
		List<T> content = new ArrayList<>(query.getResultList());
		return PageableExecutionUtils.getPage(content, pageable, count::getSingleResult);
	}

	/**
	 * A person's tally at one ceremony.
	 */
	record PersonTally(PersonRef person, long wins, long nominations) {
	}

	/**
	 * A person's tally at one ceremony, by ceremony.
	 */
	record CeremonyTally(CeremonyRef ceremony, AwardRef award, long wins, long nominations) {
	}

	/**
	 * A person's tally at one ceremony, across people and ceremonies.
	 */
	record PersonCeremonyTally(PersonRef person, CeremonyRef ceremony, AwardRef award, long wins, long nominations) {
	}

	/**
	 * One film of one nomination (or a nomination without film), for the row it belongs
	 * to.
	 */
	record NominationRow(long owner, long nomination, boolean won, CategoryRef category, Long filmId, String filmSlug,
			String filmTitle, Integer filmYear) {

		FilmRef film() {
			return (this.filmId != null) ? new FilmRef(this.filmId, this.filmSlug, this.filmTitle, this.filmYear)
					: null;
		}

	}

	/**
	 * One film of a winning nomination of one person at one ceremony.
	 */
	record WonFilmRow(long person, long ceremony, FilmRef film) {
	}

}
