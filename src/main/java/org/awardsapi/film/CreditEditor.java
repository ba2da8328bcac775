package org.awardsapi.film;

import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.awardsapi.editing.Editable;
import org.awardsapi.editing.Refs;
import org.awardsapi.person.Person;
import org.awardsapi.person.PersonRef;
import org.awardsapi.person.PersonRepository;
import org.awardsapi.shared.Sources;
import org.awardsapi.source.Source;
import org.awardsapi.source.SourceRepository;
import org.awardsapi.web.ConflictException;
import org.awardsapi.web.NotFoundException;
import org.awardsapi.web.Versioned;

import org.springframework.stereotype.Component;

/**
 * Edits credits, which belong to their film.
 */
@Component
class CreditEditor implements Editable<Credit, CreditRequest> {

	private final FilmRepository films;

	private final PersonRepository people;

	private final SourceRepository sources;

	private final EntityManager em;

	CreditEditor(FilmRepository films, PersonRepository people, SourceRepository sources, EntityManager em) {
		this.films = films;
		this.people = people;
		this.sources = sources;
		this.em = em;
	}

	@Override
	public String kind() {
		return "credit";
	}

	@Override
	public Class<CreditRequest> requestType() {
		return CreditRequest.class;
	}

	@Override
	public Credit find(String id) {
		Credit credit = org.awardsapi.web.IdOrSlug.isNumeric(id) ? this.em.find(Credit.class, Long.valueOf(id)) : null;
		if (credit == null) {
			throw new NotFoundException(kind(), id);
		}
		return credit;
	}

	@Override
	public CreditRequest current(Credit c) {
		return new CreditRequest(c.getFilm().getSlug(), c.getPerson().getSlug(), c.getJob(), c.getCharacter(),
				(c.getSource() != null) ? c.getSource().getSlug() : null);
	}

	@Override
	public Credit create(CreditRequest r) {
		Named named = resolve(r);
		refuseASecond(named, r.job(), null);
		return named.film().credit(named.person(), r.job(), r.character(), named.source());
	}

	@Override
	public void replace(Credit credit, CreditRequest r) {
		Named named = resolve(r);
		if (!named.film().equals(credit.getFilm())) {
			throw Refs.invalid("film", "a credit cannot move to another film");
		}
		refuseASecond(named, r.job(), credit);
		credit.update(named.person(), r.job(), r.character(), named.source());
	}

	/**
	 * A 409 when another credit of the film already gives the person that job: a film
	 * credits a person with a job once. The film's row is locked first.
	 * @param named the film and person
	 * @param job the job
	 * @param written the credit being changed, or {@code null} for a new one
	 */
	private void refuseASecond(Named named, Job job, Credit written) {
		// one write of the film's credits at a time, so that two writes of the same
		// credit at once cannot each find none (the second waits, then finds the first's)
		this.em.lock(named.film(), LockModeType.PESSIMISTIC_WRITE);
		boolean exists = named.film()
			.getCredits()
			.stream()
			.anyMatch((c) -> c != written && c.getPerson().equals(named.person()) && c.getJob() == job);
		if (exists) {
			throw new ConflictException("The film already credits " + named.person().getName() + " as " + job,
					Map.of());
		}
	}

	/**
	 * Resolves every name of a request, so that one 400 names all that match nothing.
	 * @param r the request
	 * @return what it names
	 */
	private Named resolve(CreditRequest r) {
		Refs.Misses misses = new Refs.Misses();
		Optional<Film> film = misses.find(r.film(), "film", "film", this.films::findById, this.films::findBySlug);
		Optional<Person> person = misses.find(r.person(), "person", "person", this.people::findById,
				this.people::findBySlug);
		Optional<Source> source = misses.find(r.source(), "source", "source", this.sources::findById,
				this.sources::findBySlug);
		misses.check();
		return new Named(film.orElseThrow(), person.orElseThrow(), source.orElse(null));
	}

	private record Named(Film film, Person person, Source source) {

	}

	@Override
	public Map<String, Long> references(Credit credit) {
		return Map.of();
	}

	@Override
	public void delete(Credit credit) {
		credit.getFilm().removeCredit(credit);
	}

	@Override
	public Versioned<?> view(long id) {
		return this.em
			.createQuery("select c from Credit c join fetch c.film join fetch c.person "
					+ "left join fetch c.source where c.id = :id", Credit.class)
			.setParameter("id", id)
			.getResultList()
			.stream()
			.findFirst()
			.map((c) -> new Versioned<>(new CreditView(c.getId(),
					new FilmRef(c.getFilm().getId(), c.getFilm().getSlug(), c.getFilm().getTitle(),
							c.getFilm().getYear()),
					new PersonRef(c.getPerson().getId(), c.getPerson().getSlug(), c.getPerson().getName()), c.getJob(),
					c.getCharacter(), Sources.ref(c.getSource())), c.getId(), c.getVersion()))
			.orElseThrow(() -> new NotFoundException(kind(), String.valueOf(id)));
	}

	@Override
	public String path(long id) {
		return "/api/credits/" + id;
	}

}
