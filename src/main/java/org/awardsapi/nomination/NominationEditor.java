package org.awardsapi.nomination;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import org.awardsapi.award.Category;
import org.awardsapi.ceremony.Ceremony;
import org.awardsapi.ceremony.CeremonyCategoryRefs;
import org.awardsapi.editing.Editable;
import org.awardsapi.web.Versioned;
import org.awardsapi.editing.ReferenceCounts;
import org.awardsapi.editing.Refs;
import org.awardsapi.film.CompanyRepository;
import org.awardsapi.film.Film;
import org.awardsapi.film.FilmRepository;
import org.awardsapi.nomination.NominationRequest.NomineeRequest;
import org.awardsapi.person.PersonRepository;
import org.awardsapi.source.Source;
import org.awardsapi.source.SourceRepository;
import org.awardsapi.web.IdOrSlug;
import org.awardsapi.web.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Edits nominations with their films, nominees and sources.
 */
@Component
class NominationEditor implements Editable<Nomination, NominationRequest> {

	private final NominationRepository nominations;

	private final CeremonyCategoryRefs ceremonies;

	private final FilmRepository films;

	private final PersonRepository people;

	private final CompanyRepository companies;

	private final SourceRepository sources;

	private final NominationQueryService queries;

	private final EntityManager em;

	NominationEditor(NominationRepository nominations, CeremonyCategoryRefs ceremonies, FilmRepository films,
			PersonRepository people, CompanyRepository companies, SourceRepository sources,
			NominationQueryService queries, EntityManager em) {
		this.nominations = nominations;
		this.ceremonies = ceremonies;
		this.films = films;
		this.people = people;
		this.companies = companies;
		this.sources = sources;
		this.queries = queries;
		this.em = em;
	}

	@Override
	public String kind() {
		return "nomination";
	}

	@Override
	public Class<NominationRequest> requestType() {
		return NominationRequest.class;
	}

	@Override
	public Nomination find(String id) {
		return (IdOrSlug.isNumeric(id) ? this.nominations.findById(Long.valueOf(id))
				: java.util.Optional.<Nomination>empty())
			.orElseThrow(() -> new NotFoundException(kind(), id));
	}

	@Override
	public NominationRequest current(Nomination n) {
		List<NomineeRequest> nominees = n.getNominees()
			.stream()
			.map((e) -> new NomineeRequest((e.getPerson() != null) ? e.getPerson().getSlug() : null,
					(e.getCompany() != null) ? e.getCompany().getSlug() : null,
					(e.getKind() == NomineeKind.country) ? e.getName() : null, e.getName()))
			.toList();
		return new NominationRequest(n.getCeremony().getSlug(), n.getCategory().getSlug(), n.getCategoryName(),
				n.getFilms().stream().map((f) -> f.getSlug()).toList(), nominees, n.getCredit(), n.getDetail(),
				n.getNote(), n.getCitation(), n.isWon(), n.isOfficial(),
				n.getSources().stream().map(Source::getSlug).toList());
	}

	@Override
	public Nomination create(NominationRequest r) {
		Named named = resolve(r);
		long count = this.em
			.createQuery("select count(n) from Nomination n where n.ceremony = :c and n.category = :k", Long.class)
			.setParameter("c", named.ceremony())
			.setParameter("k", named.category())
			.getSingleResult();
		Nomination nomination = new Nomination(named.ceremony(), named.category(), r.categoryName(), (int) count,
				Boolean.TRUE.equals(r.won()));
		fill(nomination, r, named, Boolean.FALSE.equals(r.official()));
		return this.nominations.save(nomination);
	}

	@Override
	public void replace(Nomination nomination, NominationRequest r) {
		Named named = resolve(r);
		if (!named.ceremony().equals(nomination.getCeremony())) {
			throw Refs.invalid("ceremony", "a nomination cannot move to another ceremony");
		}
		nomination.replace(named.category(), r.categoryName(), Boolean.TRUE.equals(r.won()),
				!Boolean.FALSE.equals(r.official()), named.films(), named.sources());
		nomination.describe(r.credit(), r.detail(), r.note(), r.citation());
		named.nominees().forEach((nominee) -> nominee.accept(nomination));
	}

	private void fill(Nomination nomination, NominationRequest r, Named named, boolean unofficial) {
		nomination.describe(r.credit(), r.detail(), r.note(), r.citation());
		if (unofficial) {
			nomination.markUnofficial();
		}
		named.films().forEach(nomination::addFilm);
		named.nominees().forEach((nominee) -> nominee.accept(nomination));
		named.sources().forEach(nomination::citedBy);
	}

	/**
	 * Resolves every name of a request before anything changes, so that one 400 names all
	 * that match nothing: the ceremony, its category (when the ceremony is found), the
	 * films, nominees and sources.
	 * @param r the request
	 * @return what it names
	 */
	private Named resolve(NominationRequest r) {
		Refs.Misses misses = new Refs.Misses();
		Optional<CeremonyCategoryRefs.Found> ceremonyCategory = this.ceremonies.find(misses, r.ceremony(),
				r.category());
		List<Film> films = new ArrayList<>();
		List<String> filmNames = (r.films() != null) ? r.films() : List.of();
		for (int i = 0; i < filmNames.size(); i++) {
			int index = i;
			misses.find(filmNames.get(i), "films[" + i + "]", "film", this.films::findById, this.films::findBySlug)
				.filter((film) -> misses.first("films", index, "film", film.getId()))
				.ifPresent(films::add);
		}
		List<Consumer<Nomination>> names = new ArrayList<>();
		List<NomineeRequest> nominees = (r.nominees() != null) ? r.nominees() : List.of();
		for (int i = 0; i < nominees.size(); i++) {
			NomineeRequest nominee = nominees.get(i);
			String field = "nominees[" + i + "]";
			int index = i;
			if (nominee.person() != null) {
				misses
					.find(nominee.person(), field + ".person", "person", this.people::findById, this.people::findBySlug)
					.ifPresent((person) -> {
						String name = (nominee.name() != null) ? nominee.name() : person.getName();
						if (misses.first("nominees", index, "person under the same name",
								List.of("person", person.getId(), name))) {
							names.add((n) -> n.addPerson(person, name));
						}
					});
			}
			else if (nominee.company() != null) {
				misses
					.find(nominee.company(), field + ".company", "company", this.companies::findById,
							this.companies::findBySlug)
					.ifPresent((company) -> {
						String name = (nominee.name() != null) ? nominee.name() : company.getName();
						if (misses.first("nominees", index, "company under the same name",
								List.of("company", company.getId(), name))) {
							names.add((n) -> n.addCompany(company, name));
						}
					});
			}
			else if (misses.first("nominees", i, "country", List.of("country", nominee.country()))) {
				names.add((n) -> n.addCountry(nominee.country()));
			}
		}
		List<Source> sources = new ArrayList<>();
		List<String> sourceNames = (r.sources() != null) ? r.sources() : List.of();
		for (int i = 0; i < sourceNames.size(); i++) {
			int index = i;
			misses
				.find(sourceNames.get(i), "sources[" + i + "]", "source", this.sources::findById,
						this.sources::findBySlug)
				.filter((source) -> misses.first("sources", index, "source", source.getId()))
				.ifPresent(sources::add);
		}
		misses.check();
		return new Named(ceremonyCategory.orElseThrow().ceremony(), ceremonyCategory.orElseThrow().category(), films,
				names, sources);
	}

	/**
	 * What a request names, resolved, in the request's order.
	 *
	 * @param ceremony the ceremony
	 * @param category its category
	 * @param films the films
	 * @param nominees the nominees, each added to a nomination
	 * @param sources the sources
	 */
	private record Named(Ceremony ceremony, Category category, List<Film> films, List<Consumer<Nomination>> nominees,
			List<Source> sources) {

	}

	@Override
	public Map<String, Long> references(Nomination nomination) {
		return ReferenceCounts.of(this.em, nomination)
			.count("quotes", "select count(q) from Quote q where q.nomination = :target")
			.toMap();
	}

	@Override
	public void delete(Nomination nomination) {
		this.nominations.delete(nomination);
	}

	@Override
	public Versioned<?> view(long id) {
		return this.queries.one(id);
	}

	@Override
	public String path(long id) {
		return "/api/nominations/" + id;
	}

}
