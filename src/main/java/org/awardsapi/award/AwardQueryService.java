package org.awardsapi.award;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.awardsapi.nomination.Nomination;
import org.awardsapi.shared.IdBatches;
import org.awardsapi.shared.JpqlQuery;
import org.awardsapi.web.IdOrSlug;
import org.awardsapi.web.NotFoundException;
import org.awardsapi.web.PageQuery;
import org.awardsapi.web.PageResponse;
import org.awardsapi.web.Versioned;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads award programmes and their categories.
 */
@Service
@Transactional(readOnly = true)
class AwardQueryService {

	private static final String AWARD_ROW = "select new org.awardsapi.award.AwardView(a.id, a.slug, a.name, "
			+ "a.presentedBy, (select count(c) from Ceremony c where c.award = a), "
			+ "(select count(k) from Category k where k.award = a))";

	private final EntityManager em;

	private final AwardRepository awards;

	private final IdBatches batches;

	AwardQueryService(EntityManager em, AwardRepository awards, IdBatches batches) {
		this.em = em;
		this.awards = awards;
		this.batches = batches;
	}

	PageResponse<AwardView> awards(PageQuery pageQuery) {
		Page<AwardView> page = new JpqlQuery("from Award a").page(this.em, AWARD_ROW, "a", AwardView.class,
				pageQuery.toPageable(Map.of("name", "a.sortKey", "slug", "a.slug"), Sort.by("a.sortKey", "a.id")));
		return PageResponse.of(page);
	}

	Versioned<AwardView> award(String idOrSlug) {
		Award award = find(idOrSlug);
		return new Versioned<>(this.em.createQuery(AWARD_ROW + " from Award a where a.id = :id", AwardView.class)
			.setParameter("id", award.getId())
			.getSingleResult(), award.getId(), award.getVersion());
	}

	PageResponse<CategoryView> categories(String idOrSlug, CategoryClass categoryClass, PageQuery pageQuery) {
		boolean numeric = IdOrSlug.isNumeric(idOrSlug);
		JpqlQuery query = new JpqlQuery("from Category k").and(
				numeric ? "k.award.id = :award" : "k.award.slug = :award", "award",
				numeric ? (Object) Long.valueOf(idOrSlug) : idOrSlug);
		if (categoryClass != null) {
			query.and("k.categoryClass = :categoryClass", "categoryClass", categoryClass);
		}
		Page<CategoryView> page = query.page(this.em,
				"select new org.awardsapi.award.CategoryView(k.id, k.slug, k.name, k.categoryClass, "
						+ "(select count(n) from Nomination n where n.category = k and " + Nomination.counts("n")
						+ "))",
				"k", CategoryView.class,
				pageQuery.toPageable(Map.of("name", "k.sortKey", "slug", "k.slug"), Sort.by("k.id")));
		if (page.isEmpty()) {
			// Only an empty page needs to know whether the award is there at all (404)
			find(idOrSlug);
		}
		Map<Long, List<String>> names = presentedAs(page.getContent().stream().map(CategoryView::id).toList());
		return PageResponse.of(page).map((c) -> c.withPresentedAs(names.getOrDefault(c.id(), List.of())));
	}

	/**
	 * @param id the category's id
	 * @return the category, with its version
	 * @throws org.awardsapi.web.NotFoundException if there is none
	 */
	Versioned<CategoryView> category(long id) {
		Object[] row = this.em
			.createQuery("select k.id, k.slug, k.name, k.categoryClass, "
					+ "(select count(n) from Nomination n where n.category = k and " + Nomination.counts("n")
					+ "), k.version " + "from Category k where k.id = :id", Object[].class)
			.setParameter("id", id)
			.getResultStream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("category", String.valueOf(id)));
		CategoryView category = new CategoryView((Long) row[0], (String) row[1], (String) row[2],
				(CategoryClass) row[3], (Long) row[4]);
		return new Versioned<>(category.withPresentedAs(presentedAs(List.of(id)).getOrDefault(id, List.of())), id,
				(Long) row[5]);
	}

	private Map<Long, List<String>> presentedAs(List<Long> ids) {
		Map<Long, List<String>> names = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		this.batches.query("""
				select n.category_id, n.category_name, min(c.edition) from nomination n
				join ceremony c on c.id = n.ceremony_id
				where n.category_id = any(?) group by n.category_id, n.category_name
				order by n.category_id, min(c.edition)""",
				(rs) -> names.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getString(2)), ids);
		return names;
	}

	private Award find(String idOrSlug) {
		return IdOrSlug.find(idOrSlug, "award", this.awards::findById, this.awards::findBySlug);
	}

}
