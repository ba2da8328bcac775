package org.awardsapi.person;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.awardsapi.award.CategoryClass;
import org.awardsapi.award.CategoryRef;
import org.awardsapi.ceremony.CeremonyQueryService;
import org.awardsapi.ceremony.CeremonyRef;
import org.awardsapi.film.FilmRef;
import org.awardsapi.film.Job;
import org.awardsapi.nomination.NominationFilter;
import org.awardsapi.nomination.NominationQueryService;
import org.awardsapi.nomination.NominationView;
import org.awardsapi.person.PersonDetail.PersonCredit;
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
 * Reads people, with their credits and awards.
 */
@Service
@Transactional(readOnly = true)
public class PersonQueryService {

	private static final Map<String, String> SORTS = Map.of("name", "p.name");

	private static final long[] NONE = { 0, 0 };

	private final EntityManager em;

	private final PersonRepository people;

	private final NominationQueryService nominations;

	private final CeremonyQueryService ceremonies;

	PersonQueryService(EntityManager em, PersonRepository people, NominationQueryService nominations,
			CeremonyQueryService ceremonies) {
		this.em = em;
		this.people = people;
		this.nominations = nominations;
		this.ceremonies = ceremonies;
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
		Page<PersonView> page = new JpqlQuery("from Person p").matching("p.searchText", q)
			.page(this.em, "select new org.awardsapi.person.PersonView(p.id, p.slug, p.name, p.imdbId, 0L, 0L)", "p",
					PersonView.class, pageQuery.toPageable(SORTS, Sort.by("p.name", "p.id")));
		Map<Long, long[]> counts = counts(page.getContent().stream().map(PersonView::id).toList());
		return PageResponse.of(page).map((p) -> p.withCounts(counts.getOrDefault(p.id(), NONE)));
	}

	Versioned<PersonDetail> person(String idOrSlug) {
		Person person = find(idOrSlug);
		List<PersonCredit> credits = this.em
			.createQuery(
					"select f.id, f.slug, f.title, f.year, c.job, c.character, s, c.id from Credit c join c.film f "
							+ "left join c.source s where c.person = :person order by f.year desc, f.title, c.position",
					Object[].class)
			.setParameter("person", person)
			.getResultList()
			.stream()
			.map((t) -> new PersonCredit((Long) t[7],
					new FilmRef((Long) t[0], (String) t[1], (String) t[2], (Integer) t[3]), (Job) t[4], (String) t[5],
					Sources.ref((Source) t[6])))
			.toList();
		List<NominationView> nominations = this.nominations
			.find(NominationFilter.none().withPerson(person.getId()), PageQuery.first(PageQuery.MAX_SIZE))
			.content();
		long official = nominations.stream().filter(NominationView::official).count();
		long wins = nominations.stream().filter((n) -> n.official() && n.won()).count();
		return new Versioned<>(
				new PersonDetail(person.getId(), person.getSlug(), person.getName(), person.getImdbId(),
						List.copyOf(person.getOtherNames()), official, wins, credits, nominations,
						this.ceremonies.presentations("p.id = :id", person.getId()), quotes(person)),
				person.getVersion());
	}

	private List<QuoteView> quotes(Person person) {
		return quotes("q.person.id = :id", person.getId());
	}

	QuoteView quote(long id) {
		List<QuoteView> quotes = quotes("q.id = :id", id);
		if (quotes.isEmpty()) {
			throw new org.awardsapi.web.NotFoundException("quote", String.valueOf(id));
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
			this.em
				.createQuery("select e.person.id, count(distinct n.id), "
						+ "count(distinct case when n.won = true then n.id end) from Nominee e join e.nomination n "
						+ "where e.person.id in :ids and n.official = true group by e.person.id", Object[].class)
				.setParameter("ids", ids)
				.getResultList()
				.forEach((t) -> counts.put((Long) t[0], new long[] { (Long) t[1], (Long) t[2] }));
		}
		return counts;
	}

	private Person find(String idOrSlug) {
		return IdOrSlug.find(idOrSlug, "person", this.people::findById, this.people::findBySlug);
	}

}
