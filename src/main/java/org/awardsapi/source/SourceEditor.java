package org.awardsapi.source;

import java.util.Map;

import jakarta.persistence.EntityManager;
import org.awardsapi.editing.Editable;
import org.awardsapi.web.Versioned;
import org.awardsapi.editing.ReferenceCounts;
import org.awardsapi.web.IdOrSlug;

import org.springframework.stereotype.Component;

/**
 * Edits sources.
 */
@Component
class SourceEditor implements Editable<Source, SourceRequest> {

	private final SourceRepository sources;

	private final SourceQueryService queries;

	private final EntityManager em;

	SourceEditor(SourceRepository sources, SourceQueryService queries, EntityManager em) {
		this.sources = sources;
		this.queries = queries;
		this.em = em;
	}

	@Override
	public String kind() {
		return "source";
	}

	@Override
	public Class<SourceRequest> requestType() {
		return SourceRequest.class;
	}

	@Override
	public Source find(String idOrSlug) {
		return IdOrSlug.find(idOrSlug, kind(), this.sources::findById, this.sources::findBySlug);
	}

	@Override
	public SourceRequest current(Source s) {
		return new SourceRequest(s.getSlug(), s.getTitle(), s.getPublisher(), s.getPublishedOn(), s.getUrl());
	}

	@Override
	public Source create(SourceRequest r) {
		return this.sources.save(new Source(r.slug(), r.title(), r.publisher(), r.publishedOn(), r.url()));
	}

	@Override
	public void replace(Source source, SourceRequest r) {
		source.update(r.slug(), r.title(), r.publisher(), r.publishedOn(), r.url());
	}

	@Override
	public Map<String, Long> references(Source source) {
		return ReferenceCounts.of(this.em, source)
			.count("nominations", "select count(n) from Nomination n join n.sources s where s = :target")
			.count("quotes", "select count(q) from Quote q where q.source = :target")
			.count("presentations", "select count(p) from Presentation p where p.source = :target")
			.count("credits", "select count(c) from Credit c where c.source = :target")
			.count("filmCompanies", "select count(f) from FilmCompany f where f.source = :target")
			.toMap();
	}

	@Override
	public void delete(Source source) {
		this.sources.delete(source);
	}

	@Override
	public Versioned<?> view(long id) {
		return this.queries.source(String.valueOf(id));
	}

	@Override
	public String path(long id) {
		return "/api/sources/" + id;
	}

}
