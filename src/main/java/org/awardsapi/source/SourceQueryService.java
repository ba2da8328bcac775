package org.awardsapi.source;

import java.util.Map;

import jakarta.persistence.EntityManager;
import org.awardsapi.shared.JpqlQuery;
import org.awardsapi.web.IdOrSlug;
import org.awardsapi.web.PageQuery;
import org.awardsapi.web.PageResponse;
import org.awardsapi.web.Versioned;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the sources that facts cite.
 */
@Service
@Transactional(readOnly = true)
class SourceQueryService {

	private static final String ROW = "select new org.awardsapi.source.SourceView(s.id, s.slug, s.title, "
			+ "s.publisher, s.publishedOn, s.url, "
			+ "(select count(n) from Nomination n join n.sources ns where ns = s), "
			+ "(select count(q) from Quote q where q.source = s), "
			+ "(select count(p) from Presentation p where p.source = s))";

	private final EntityManager em;

	private final SourceRepository sources;

	SourceQueryService(EntityManager em, SourceRepository sources) {
		this.em = em;
		this.sources = sources;
	}

	PageResponse<SourceView> sources(PageQuery pageQuery) {
		return PageResponse.of(new JpqlQuery("from Source s").page(this.em, ROW, "s", SourceView.class,
				pageQuery.toPageable(Map.of("title", "s.sortKey", "publishedOn", "s.publishedOn"), Sort.by("s.id"))));
	}

	Versioned<SourceView> source(String idOrSlug) {
		Source source = IdOrSlug.find(idOrSlug, "source", this.sources::findById, this.sources::findBySlug);
		return new Versioned<>(this.em.createQuery(ROW + " from Source s where s.id = :id", SourceView.class)
			.setParameter("id", source.getId())
			.getSingleResult(), source.getId(), source.getVersion());
	}

}
