package org.awardsapi.person;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.awardsapi.editing.Editable;
import org.awardsapi.web.Versioned;
import org.awardsapi.editing.ReferenceCounts;
import org.awardsapi.web.IdOrSlug;

import org.springframework.stereotype.Component;

/**
 * Edits people.
 */
@Component
class PersonEditor implements Editable<Person, PersonRequest> {

	private final PersonRepository people;

	private final PersonQueryService queries;

	private final EntityManager em;

	PersonEditor(PersonRepository people, PersonQueryService queries, EntityManager em) {
		this.people = people;
		this.queries = queries;
		this.em = em;
	}

	@Override
	public String kind() {
		return "person";
	}

	@Override
	public Class<PersonRequest> requestType() {
		return PersonRequest.class;
	}

	@Override
	public Person find(String idOrSlug) {
		return IdOrSlug.find(idOrSlug, kind(), this.people::findById, this.people::findBySlug);
	}

	@Override
	public PersonRequest current(Person p) {
		return new PersonRequest(p.getSlug(), p.getName(), p.getImdbId(), List.copyOf(p.getOtherNames()));
	}

	@Override
	public Person create(PersonRequest r) {
		Person person = new Person(r.slug(), r.name(), r.imdbId());
		otherNames(r).forEach(person::addOtherName);
		return this.people.save(person);
	}

	@Override
	public void replace(Person person, PersonRequest r) {
		person.update(r.slug(), r.name(), r.imdbId(), otherNames(r));
	}

	private static List<String> otherNames(PersonRequest r) {
		return (r.otherNames() != null) ? r.otherNames() : List.of();
	}

	@Override
	public Map<String, Long> references(Person person) {
		return ReferenceCounts.of(this.em, person)
			.count("nominations", "select count(e) from Nominee e where e.person = :target")
			.count("credits", "select count(c) from Credit c where c.person = :target")
			.count("presentations", "select count(p) from Presentation p where p.presenter = :target")
			.count("quotes", "select count(q) from Quote q where q.person = :target")
			.toMap();
	}

	@Override
	public void delete(Person person) {
		this.people.delete(person);
	}

	@Override
	public Versioned<?> view(long id) {
		return this.queries.person(String.valueOf(id));
	}

	@Override
	public String path(long id) {
		return "/api/people/" + id;
	}

}
