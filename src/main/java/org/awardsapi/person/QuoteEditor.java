package org.awardsapi.person;

import java.util.Map;
import java.util.Optional;

import org.awardsapi.ceremony.Ceremony;
import org.awardsapi.ceremony.CeremonyRepository;
import org.awardsapi.editing.Editable;
import org.awardsapi.web.Versioned;
import org.awardsapi.editing.Refs;
import org.awardsapi.nomination.Nomination;
import org.awardsapi.nomination.NominationRepository;
import org.awardsapi.source.Source;
import org.awardsapi.source.SourceRepository;
import org.awardsapi.web.IdOrSlug;
import org.awardsapi.web.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Edits quotes.
 */
@Component
class QuoteEditor implements Editable<Quote, QuoteRequest> {

	private final QuoteRepository quotes;

	private final PersonRepository people;

	private final CeremonyRepository ceremonies;

	private final NominationRepository nominations;

	private final SourceRepository sources;

	private final PersonQueryService queries;

	QuoteEditor(QuoteRepository quotes, PersonRepository people, CeremonyRepository ceremonies,
			NominationRepository nominations, SourceRepository sources, PersonQueryService queries) {
		this.quotes = quotes;
		this.people = people;
		this.ceremonies = ceremonies;
		this.nominations = nominations;
		this.sources = sources;
		this.queries = queries;
	}

	@Override
	public String kind() {
		return "quote";
	}

	@Override
	public Class<QuoteRequest> requestType() {
		return QuoteRequest.class;
	}

	@Override
	public Quote find(String id) {
		return (IdOrSlug.isNumeric(id) ? this.quotes.findById(Long.valueOf(id)) : java.util.Optional.<Quote>empty())
			.orElseThrow(() -> new NotFoundException(kind(), id));
	}

	@Override
	public QuoteRequest current(Quote q) {
		return new QuoteRequest(q.getPerson().getSlug(), q.getCeremony().getSlug(),
				(q.getNomination() != null) ? q.getNomination().getId() : null, q.getText(),
				(q.getSource() != null) ? q.getSource().getSlug() : null);
	}

	@Override
	public Quote create(QuoteRequest r) {
		Named named = resolve(r);
		return this.quotes
			.save(new Quote(named.person(), named.ceremony(), named.nomination(), r.text(), named.source()));
	}

	@Override
	public void replace(Quote quote, QuoteRequest r) {
		Named named = resolve(r);
		quote.update(named.person(), named.ceremony(), named.nomination(), r.text(), named.source());
	}

	/**
	 * Resolves every name of a request, so that one 400 names all that match nothing (the
	 * nomination only when the ceremony is found: it is one of the ceremony's).
	 * @param r the request
	 * @return what it names
	 */
	private Named resolve(QuoteRequest r) {
		Refs.Misses misses = new Refs.Misses();
		Optional<Person> person = misses.find(r.person(), "person", "person", this.people::findById,
				this.people::findBySlug);
		Optional<Ceremony> ceremony = misses.find(r.ceremony(), "ceremony", "ceremony", this.ceremonies::findById,
				this.ceremonies::findBySlug);
		Optional<Nomination> nomination = ceremony.flatMap((c) -> nomination(misses, c, r));
		Optional<Source> source = misses.find(r.source(), "source", "source", this.sources::findById,
				this.sources::findBySlug);
		misses.check();
		return new Named(person.orElseThrow(), ceremony.orElseThrow(), nomination.orElse(null), source.orElse(null));
	}

	private Optional<Nomination> nomination(Refs.Misses misses, Ceremony ceremony, QuoteRequest r) {
		if (r.nomination() == null) {
			return Optional.empty();
		}
		Optional<Nomination> found = this.nominations.findById(r.nomination())
			.filter((n) -> n.getCeremony().equals(ceremony));
		if (found.isEmpty()) {
			misses.add("nomination", "names no nomination " + r.nomination() + " of the ceremony");
		}
		return found;
	}

	private record Named(Person person, Ceremony ceremony, Nomination nomination, Source source) {

	}

	@Override
	public Map<String, Long> references(Quote quote) {
		return Map.of();
	}

	@Override
	public void delete(Quote quote) {
		this.quotes.delete(quote);
	}

	@Override
	public Versioned<?> view(long id) {
		return new Versioned<>(this.queries.quote(id), id, find(String.valueOf(id)).getVersion());
	}

	@Override
	public String path(long id) {
		return "/api/quotes/" + id;
	}

}
