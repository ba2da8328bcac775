package org.awardsapi.ceremony;

import java.util.Map;

import jakarta.persistence.EntityManager;
import org.awardsapi.award.Award;
import org.awardsapi.award.AwardRepository;
import org.awardsapi.editing.Editable;
import org.awardsapi.web.Versioned;
import org.awardsapi.editing.ReferenceCounts;
import org.awardsapi.editing.Refs;
import org.awardsapi.web.IdOrSlug;

import org.springframework.stereotype.Component;

/**
 * Edits ceremonies.
 */
@Component
class CeremonyEditor implements Editable<Ceremony, CeremonyRequest> {

	private final CeremonyRepository ceremonies;

	private final AwardRepository awards;

	private final CeremonyQueryService queries;

	private final EntityManager em;

	CeremonyEditor(CeremonyRepository ceremonies, AwardRepository awards, CeremonyQueryService queries,
			EntityManager em) {
		this.ceremonies = ceremonies;
		this.awards = awards;
		this.queries = queries;
		this.em = em;
	}

	@Override
	public String kind() {
		return "ceremony";
	}

	@Override
	public Class<CeremonyRequest> requestType() {
		return CeremonyRequest.class;
	}

	@Override
	public Ceremony find(String idOrSlug) {
		return IdOrSlug.find(idOrSlug, kind(), this.ceremonies::findById, this.ceremonies::findBySlug);
	}

	@Override
	public CeremonyRequest current(Ceremony c) {
		return new CeremonyRequest(c.getAward().getSlug(), c.getEdition(), c.getSlug(), c.getName(), c.getDate(),
				c.getFilmYear(), c.getVenue());
	}

	@Override
	public Ceremony create(CeremonyRequest r) {
		Award award = Refs.find(r.award(), "award", "award", this.awards::findById, this.awards::findBySlug);
		return this.ceremonies
			.save(new Ceremony(award, r.edition(), r.slug(), r.name(), r.date(), r.filmYear(), r.venue()));
	}

	@Override
	public void replace(Ceremony ceremony, CeremonyRequest r) {
		Award award = Refs.find(r.award(), "award", "award", this.awards::findById, this.awards::findBySlug);
		if (!award.equals(ceremony.getAward())) {
			throw Refs.invalid("award", "a ceremony cannot move to another award");
		}
		ceremony.update(r.edition(), r.slug(), r.name(), r.date(), r.filmYear(), r.venue());
	}

	@Override
	public Map<String, Long> references(Ceremony ceremony) {
		return ReferenceCounts.of(this.em, ceremony)
			.count("nominations", "select count(n) from Nomination n where n.ceremony = :target")
			.count("presentations", "select count(p) from Presentation p where p.ceremony = :target")
			.count("quotes", "select count(q) from Quote q where q.ceremony = :target")
			.toMap();
	}

	@Override
	public void delete(Ceremony ceremony) {
		this.ceremonies.delete(ceremony);
	}

	@Override
	public Versioned<?> view(long id) {
		return this.queries.ceremony(String.valueOf(id));
	}

	@Override
	public String path(long id) {
		return "/api/ceremonies/" + id;
	}

}
