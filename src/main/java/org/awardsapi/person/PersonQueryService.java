package org.awardsapi.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.awardsapi.award.CategoryClass;
import org.awardsapi.award.CategoryRef;
import org.awardsapi.ceremony.CeremonyRef;
import org.awardsapi.ceremony.PresentationView;
import org.awardsapi.film.FilmRef;
import org.awardsapi.film.Job;
import org.awardsapi.nomination.Nomination;
import org.awardsapi.nomination.NominationFilter;
import org.awardsapi.nomination.NominationQueryService;
import org.awardsapi.nomination.NominationView;
import org.awardsapi.person.PersonDetail.PersonCredit;
import org.awardsapi.shared.IdBatches;
import org.awardsapi.shared.JpqlQuery;
import org.awardsapi.shared.Sources;
import org.awardsapi.source.Source;
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
 * Reads people, with their credits and awards.
 */
@Service
@Transactional(readOnly = true)
public class PersonQueryService {

	private static final Map<String, String> SORTS = Map.of("name", "p.sortKey");

	private static final long[] NONE = { 0, 0 };

	private static final int PERSON = 0;

	private static final int CREDIT = 1;

	private static final int PRESENTATION = 2;

	private static final int QUOTE = 3;

	/**
	 * A person, their other names, credits, presentations and quotes in one statement: a
	 * union of one select per kind, each giving the same columns: kind, id; the film or
	 * ceremony (id, slug, title or name, year or edition, date), or the person's slug and
	 * name; the category (id, slug, name, class); the IMDb id, job or quote; another name
	 * or the character; the version or the quote's nomination; the source (id, slug,
	 * title, publisher, date, URL); and what each kind is ordered by (year descending,
	 * title, date, position, id). The first select names and types the columns, so its
	 * nulls are cast. Plain SQL, and the union inside a select, as for a film
	 * ({@code FilmQueryService}): H2 keeps the parsed statement of a select, never of a
	 * bare union. Its four conditions on the person are formatted in.
	 */
	private static final String DETAIL = """
			select * from (
			  select %d kind, p.id id, cast(null as bigint) owner_id, p.slug slug, p.name name,
			         cast(null as integer) num, cast(null as date) held_on, cast(null as bigint) category_id,
			         cast(null as varchar) category_slug, cast(null as varchar) category_name,
			         cast(null as varchar) category_class, p.imdb_id extra, o.name other_name, p.version ver,
			         cast(null as bigint) source_id, cast(null as varchar) source_slug,
			         cast(null as varchar) source_title, cast(null as varchar) publisher,
			         cast(null as date) published_on, cast(null as varchar) url, cast(null as integer) by_year,
			         cast(null as varchar) by_title, cast(null as date) by_date, o.position by_position,
			         cast(null as bigint) by_id
			  from person p left join person_other_name o on o.person_id = p.id where p.%%1$s
			  union all
			  select %d, c.id, f.id, f.slug, f.title, f.release_year, null, null, null, null, null,
			         c.job, c.character_name, null, s.id, s.slug, s.title, s.publisher, s.published_on, s.url,
			         f.release_year, f.title, null, c.position, null
			  from credit c join person p on p.id = c.person_id join film f on f.id = c.film_id
			  left join source s on s.id = c.source_id where p.%%1$s
			  union all
			  select %d, pr.id, cer.id, cer.slug, cer.name, cer.edition, cer.held_on, k.id, k.slug, k.name,
			         k.category_class, null, null, null, s.id, s.slug, s.title, s.publisher, s.published_on, s.url,
			         null, null, cer.held_on, null, k.id
			  from presentation pr join person p on p.id = pr.person_id join ceremony cer on cer.id = pr.ceremony_id
			  join category k on k.id = pr.category_id left join source s on s.id = pr.source_id where p.%%1$s
			  union all
			  select %d, q.id, cer.id, cer.slug, cer.name, cer.edition, cer.held_on, k.id, k.slug, k.name,
			         k.category_class, q.text, null, n.id, s.id, s.slug, s.title, s.publisher, s.published_on, s.url,
			         null, null, cer.held_on, null, q.id
			  from quote q join person p on p.id = q.person_id join ceremony cer on cer.id = q.ceremony_id
			  left join nomination n on n.id = q.nomination_id left join category k on k.id = n.category_id
			  left join source s on s.id = q.source_id where p.%%1$s
			) detail order by kind, by_year desc nulls last, by_title nulls last, by_date nulls last,
			  by_position nulls last, by_id nulls last""".formatted(PERSON, CREDIT, PRESENTATION, QUOTE);

	/** The nominations and wins of some people, by id, in one statement (IdBatches). */
	private static final String COUNTS = """
			select e.person_id, count(distinct n.id), count(distinct case when n.won = true then n.id end)
			from nominee e join nomination n on n.id = e.nomination_id
			where e.person_id = any(?) and """ + Nomination.counts("n") + " group by e.person_id";

	private final EntityManager em;

	private final PersonRepository people;

	private final NominationQueryService nominations;

	private final IdBatches batches;

	PersonQueryService(EntityManager em, PersonRepository people, NominationQueryService nominations,
			IdBatches batches) {
		this.em = em;
		this.people = people;
		this.nominations = nominations;
		this.batches = batches;
	}

	/**
	 * Finds a person by id or slug.
	 * @param idOrSlug the numeric id or the slug
	 * @return the person's id
	 * @throws org.awardsapi.web.NotFoundException if there is none
	 */
	public long idOf(String idOrSlug) {
		return find(idOrSlug).getId();
	}

	PageResponse<PersonView> people(String q, PageQuery pageQuery) {
		Page<PersonView> page = new JpqlQuery("from Person p").matching("Person", "p", q)
			.page(this.em, "select new org.awardsapi.person.PersonView(p.id, p.slug, p.name, p.imdbId, 0L, 0L)", "p",
					PersonView.class, pageQuery.toPageable(SORTS, Sort.by("p.sortKey", "p.id")));
		Map<Long, long[]> counts = counts(page.getContent().stream().map(PersonView::id).toList());
		return PageResponse.of(page).map((p) -> p.withCounts(counts.getOrDefault(p.id(), NONE)));
	}

	/**
	 * One person, in three statements: the person with their other names, credits,
	 * presentations and quotes; their nominations; and the films, nominees and sources of
	 * those.
	 * @param idOrSlug the numeric id or the slug
	 * @return the person, with their version
	 * @throws NotFoundException if there is none
	 */
	Versioned<PersonDetail> person(String idOrSlug) {
		boolean numeric = IdOrSlug.isNumeric(idOrSlug);
		Object person = numeric ? (Object) Long.valueOf(idOrSlug) : idOrSlug;
		List<Object[]> rows = this.batches.rows(DETAIL.formatted(numeric ? "id = ?" : "slug = ?"), person, person,
				person, person);
		if (rows.isEmpty() || (Integer) rows.get(0)[0] != PERSON) {
			throw new NotFoundException("person", idOrSlug);
		}
		Object[] p = rows.get(0);
		PersonRef ref = new PersonRef((Long) p[1], (String) p[3], (String) p[4]);
		List<String> otherNames = new ArrayList<>();
		List<PersonCredit> credits = new ArrayList<>();
		List<PresentationView> presentations = new ArrayList<>();
		List<QuoteView> quotes = new ArrayList<>();
		for (Object[] t : rows) {
			SourceRef source = (t[14] != null) ? new SourceRef((Long) t[14], (String) t[15], (String) t[16],
					(String) t[17], (LocalDate) t[18], (String) t[19]) : null;
			CeremonyRef ceremony = (t[0].equals(PRESENTATION) || t[0].equals(QUOTE))
					? new CeremonyRef((Long) t[2], (String) t[3], (String) t[4], (Integer) t[5], (LocalDate) t[6])
					: null;
			CategoryRef category = (t[7] != null)
					? new CategoryRef((Long) t[7], (String) t[8], (String) t[9], CategoryClass.valueOf((String) t[10]))
					: null;
			switch ((Integer) t[0]) {
				case PERSON -> {
					if (t[12] != null) {
						otherNames.add((String) t[12]);
					}
				}
				case CREDIT -> credits.add(new PersonCredit((Long) t[1],
						new FilmRef((Long) t[2], (String) t[3], (String) t[4], (Integer) t[5]),
						Job.valueOf((String) t[11]), (String) t[12], source));
				case PRESENTATION ->
					presentations.add(new PresentationView((Long) t[1], ceremony, category, ref, source));
				default -> quotes
					.add(new QuoteView((Long) t[1], ref, ceremony, (Long) t[13], category, (String) t[11], source));
			}
		}
		List<NominationView> nominations = this.nominations.first(NominationFilter.none().withPerson(ref.id()),
				PageQuery.MAX_SIZE);
		long counted = nominations.stream().filter(NominationView::counts).count();
		long wins = nominations.stream().filter(NominationView::won).count();
		return new Versioned<>(
				new PersonDetail(ref.id(), ref.slug(), ref.name(), (String) p[11], List.copyOf(otherNames), counted,
						wins, List.copyOf(credits), nominations, List.copyOf(presentations), List.copyOf(quotes)),
				ref.id(), (Long) p[13]);
	}

	QuoteView quote(long id) {
		List<QuoteView> quotes = quotes("q.id = :id", id);
		if (quotes.isEmpty()) {
			throw new NotFoundException("quote", String.valueOf(id));
		}
		return quotes.get(0);
	}

	private List<QuoteView> quotes(String condition, long id) {
		return this.em
			.createQuery("select q.id, c.id, c.slug, c.name, c.edition, c.date, n.id, k.id, k.slug, k.name, "
					+ "k.categoryClass, q.text, s, p.id, p.slug, p.name from Quote q join q.person p "
					+ "join q.ceremony c left join q.nomination n left join n.category k left join q.source s where "
					+ condition + " order by c.date, q.id", Object[].class)
			.setParameter("id", id)
			.getResultList()
			.stream()
			.map((t) -> new QuoteView((Long) t[0], new PersonRef((Long) t[13], (String) t[14], (String) t[15]),
					new CeremonyRef((Long) t[1], (String) t[2], (String) t[3], (Integer) t[4], (LocalDate) t[5]),
					(Long) t[6],
					(t[7] != null) ? new CategoryRef((Long) t[7], (String) t[8], (String) t[9], (CategoryClass) t[10])
							: null,
					(String) t[11], Sources.ref((Source) t[12])))
			.toList();
	}

	private Map<Long, long[]> counts(List<Long> ids) {
		Map<Long, long[]> counts = new HashMap<>();
		if (!ids.isEmpty()) {
			this.batches.query(COUNTS, (rs) -> counts.put(rs.getLong(1), new long[] { rs.getLong(2), rs.getLong(3) }),
					ids);
		}
		return counts;
	}

	private Person find(String idOrSlug) {
		return IdOrSlug.find(idOrSlug, "person", this.people::findById, this.people::findBySlug);
	}

}
