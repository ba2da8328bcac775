package org.awardsapi.ceremony;

import java.util.List;
import java.util.Map;

import org.awardsapi.award.Category;
import org.awardsapi.award.CategoryRepository;
import org.awardsapi.editing.Editable;
import org.awardsapi.web.Versioned;
import org.awardsapi.editing.Refs;
import org.awardsapi.person.PersonRepository;
import org.awardsapi.source.SourceRepository;
import org.awardsapi.web.IdOrSlug;
import org.awardsapi.web.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Edits who presented what.
 */
@Component
class PresentationEditor implements Editable<Presentation, PresentationRequest> {

	private final PresentationRepository presentations;

	private final CeremonyRepository ceremonies;

	private final CategoryRepository categories;

	private final PersonRepository people;

	private final SourceRepository sources;

	private final CeremonyQueryService queries;

	PresentationEditor(PresentationRepository presentations, CeremonyRepository ceremonies,
			CategoryRepository categories, PersonRepository people, SourceRepository sources,
			CeremonyQueryService queries) {
		this.presentations = presentations;
		this.ceremonies = ceremonies;
		this.categories = categories;
		this.people = people;
		this.sources = sources;
		this.queries = queries;
	}

	@Override
	public String kind() {
		return "presentation";
	}

	@Override
	public Class<PresentationRequest> requestType() {
		return PresentationRequest.class;
	}

	@Override
	public Presentation find(String id) {
		return (IdOrSlug.isNumeric(id) ? this.presentations.findById(Long.valueOf(id))
				: java.util.Optional.<Presentation>empty())
			.orElseThrow(() -> new NotFoundException(kind(), id));
	}

	@Override
	public PresentationRequest current(Presentation p) {
		return new PresentationRequest(p.getCeremony().getSlug(), p.getCategory().getSlug(), p.getPresenter().getSlug(),
				(p.getSource() != null) ? p.getSource().getSlug() : null);
	}

	@Override
	public Presentation create(PresentationRequest r) {
		Ceremony ceremony = ceremony(r);
		return this.presentations.save(new Presentation(ceremony, category(ceremony, r), presenter(r), source(r)));
	}

	@Override
	public void replace(Presentation presentation, PresentationRequest r) {
		Ceremony ceremony = ceremony(r);
		presentation.update(ceremony, category(ceremony, r), presenter(r), source(r));
	}

	private Ceremony ceremony(PresentationRequest r) {
		return Refs.find(r.ceremony(), "ceremony", "ceremony", this.ceremonies::findById, this.ceremonies::findBySlug);
	}

	private Category category(Ceremony ceremony, PresentationRequest r) {
		return Refs.find(r.category(), "category", "category of the ceremony's award",
				(id) -> this.categories.findById(id).filter((c) -> c.getAward().equals(ceremony.getAward())),
				(slug) -> this.categories.findByAwardAndSlug(ceremony.getAward(), slug));
	}

	private org.awardsapi.person.Person presenter(PresentationRequest r) {
		return Refs.find(r.presenter(), "presenter", "person", this.people::findById, this.people::findBySlug);
	}

	private org.awardsapi.source.Source source(PresentationRequest r) {
		return Refs.find(r.source(), "source", "source", this.sources::findById, this.sources::findBySlug);
	}

	@Override
	public Map<String, Long> references(Presentation presentation) {
		return Map.of();
	}

	@Override
	public void delete(Presentation presentation) {
		this.presentations.delete(presentation);
	}

	@Override
	public Versioned<?> view(long id) {
		List<PresentationView> found = this.queries.presentations("pr.id = :id", id);
		if (found.isEmpty()) {
			throw new NotFoundException(kind(), String.valueOf(id));
		}
		return new Versioned<>(found.get(0), find(String.valueOf(id)).getVersion());
	}

	@Override
	public String path(long id) {
		return "/api/presentations/" + id;
	}

}
