package org.awardsapi.person;

import java.util.Map;

import org.awardsapi.ceremony.Ceremony;
import org.awardsapi.ceremony.CeremonyRepository;
import org.awardsapi.editing.Editable;
import org.awardsapi.web.Versioned;
import org.awardsapi.editing.Refs;
import org.awardsapi.nomination.Nomination;
import org.awardsapi.nomination.NominationRepository;
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
		Ceremony ceremony = ceremony(r);
		return this.quotes.save(new Quote(person(r), ceremony, nomination(ceremony, r), r.text(), source(r)));
	}

	@Override
	public void replace(Quote quote, QuoteRequest r) {
		Ceremony ceremony = ceremony(r);
		quote.update(person(r), ceremony, nomination(ceremony, r), r.text(), source(r));
	}

	private Person person(QuoteRequest r) {
		return Refs.find(r.person(), "person", "person", this.people::findById, this.people::findBySlug);
	}

	private Ceremony ceremony(QuoteRequest r) {
		return Refs.find(r.ceremony(), "ceremony", "ceremony", this.ceremonies::findById, this.ceremonies::findBySlug);
	}

	private Nomination nomination(Ceremony ceremony, QuoteRequest r) {
		if (r.nomination() == null) {
			return null;
		}
		return this.nominations.findById(r.nomination())
			.filter((n) -> n.getCeremony().equals(ceremony))
			.orElseThrow(
					() -> Refs.invalid("nomination", "names no nomination " + r.nomination() + " of the ceremony"));
	}

	private org.awardsapi.source.Source source(QuoteRequest r) {
		return Refs.find(r.source(), "source", "source", this.sources::findById, this.sources::findBySlug);
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
		return new Versioned<>(this.queries.quote(id), find(String.valueOf(id)).getVersion());
	}

	@Override
	public String path(long id) {
		return "/api/quotes/" + id;
	}

}
