package org.awardsapi.ceremony;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.awardsapi.award.Category;
import org.awardsapi.editing.Editable;
import org.awardsapi.web.Versioned;
import org.awardsapi.editing.Refs;
import org.awardsapi.person.Person;
import org.awardsapi.person.PersonRepository;
import org.awardsapi.source.Source;
import org.awardsapi.source.SourceRepository;
import org.awardsapi.web.ConflictException;
import org.awardsapi.web.IdOrSlug;
import org.awardsapi.web.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Edits who presented what.
 */
@Component
class PresentationEditor implements Editable<Presentation, PresentationRequest> {

	private final PresentationRepository presentations;

	private final CeremonyCategoryRefs ceremonies;

	private final PersonRepository people;

	private final SourceRepository sources;

	private final CeremonyQueryService queries;

	private final EntityManager em;

	PresentationEditor(PresentationRepository presentations, CeremonyCategoryRefs ceremonies, PersonRepository people,
			SourceRepository sources, CeremonyQueryService queries, EntityManager em) {
		this.em = em;
		this.presentations = presentations;
		this.ceremonies = ceremonies;
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
		Named named = resolve(r);
		lockPresentationsOf(named.ceremony());
		if (this.presentations.existsByCeremonyAndCategoryIdAndPresenterId(named.ceremony(), named.category().getId(),
				named.presenter().getId())) {
			throw twice(named);
		}
		return this.presentations
			.save(new Presentation(named.ceremony(), named.category(), named.presenter(), named.source()));
	}

	@Override
	public void replace(Presentation presentation, PresentationRequest r) {
		Named named = resolve(r);
		lockPresentationsOf(named.ceremony());
		if (this.presentations.existsByCeremonyAndCategoryIdAndPresenterIdAndIdNot(named.ceremony(),
				named.category().getId(), named.presenter().getId(), presentation.getId())) {
			throw twice(named);
		}
		presentation.update(named.ceremony(), named.category(), named.presenter(), named.source());
	}

	/**
	 * One write of a ceremony's presentations at a time (its row locked until the write
	 * ends), so that two writes of the same presentation at once cannot each find none:
	 * the second waits, then finds the first's.
	 */
	private void lockPresentationsOf(Ceremony ceremony) {
		this.em.lock(ceremony, LockModeType.PESSIMISTIC_WRITE);
	}

	/**
	 * A 409: a person presents a category at a ceremony once.
	 */
	private static ConflictException twice(Named named) {
		return new ConflictException("The ceremony " + named.ceremony().getSlug() + " already has "
				+ named.presenter().getName() + " presenting " + named.category().getName(), Map.of());
	}

	/**
	 * Resolves every name of a request, so that one 400 names all that match nothing (the
	 * category only when the ceremony is found: it is one of the ceremony's award).
	 * @param r the request
	 * @return what it names
	 */
	private Named resolve(PresentationRequest r) {
		Refs.Misses misses = new Refs.Misses();
		Optional<CeremonyCategoryRefs.Found> ceremonyCategory = this.ceremonies.find(misses, r.ceremony(),
				r.category());
		Optional<Person> presenter = misses.find(r.presenter(), "presenter", "person", this.people::findById,
				this.people::findBySlug);
		Optional<Source> source = misses.find(r.source(), "source", "source", this.sources::findById,
				this.sources::findBySlug);
		misses.check();
		return new Named(ceremonyCategory.orElseThrow().ceremony(), ceremonyCategory.orElseThrow().category(),
				presenter.orElseThrow(), source.orElse(null));
	}

	private record Named(Ceremony ceremony, Category category, Person presenter, Source source) {

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
		return new Versioned<>(found.get(0), id, find(String.valueOf(id)).getVersion());
	}

	@Override
	public String path(long id) {
		return "/api/presentations/" + id;
	}

}
