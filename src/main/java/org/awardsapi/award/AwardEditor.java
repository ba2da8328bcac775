package org.awardsapi.award;

import java.util.Map;

import jakarta.persistence.EntityManager;
import org.awardsapi.editing.Editable;
import org.awardsapi.web.Versioned;
import org.awardsapi.editing.ReferenceCounts;
import org.awardsapi.web.IdOrSlug;

import org.springframework.stereotype.Component;

/**
 * Edits award programmes.
 */
@Component
class AwardEditor implements Editable<Award, AwardRequest> {

	private final AwardRepository awards;

	private final AwardQueryService queries;

	private final EntityManager em;

	AwardEditor(AwardRepository awards, AwardQueryService queries, EntityManager em) {
		this.awards = awards;
		this.queries = queries;
		this.em = em;
	}

	@Override
	public String kind() {
		return "award";
	}

	@Override
	public Class<AwardRequest> requestType() {
		return AwardRequest.class;
	}

	@Override
	public Award find(String idOrSlug) {
		return IdOrSlug.find(idOrSlug, kind(), this.awards::findById, this.awards::findBySlug);
	}

	@Override
	public AwardRequest current(Award a) {
		return new AwardRequest(a.getSlug(), a.getName(), a.getPresentedBy());
	}

	@Override
	public Award create(AwardRequest r) {
		return this.awards.save(new Award(r.slug(), r.name(), r.presentedBy()));
	}

	@Override
	public void replace(Award award, AwardRequest r) {
		award.update(r.slug(), r.name(), r.presentedBy());
	}

	@Override
	public Map<String, Long> references(Award award) {
		return ReferenceCounts.of(this.em, award)
			.count("ceremonies", "select count(c) from Ceremony c where c.award = :target")
			.count("categories", "select count(k) from Category k where k.award = :target")
			.toMap();
	}

	@Override
	public void delete(Award award) {
		this.awards.delete(award);
	}

	@Override
	public Versioned<?> view(long id) {
		return this.queries.award(String.valueOf(id));
	}

	@Override
	public String path(long id) {
		return "/api/awards/" + id;
	}

}
