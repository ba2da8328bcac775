package org.awardsapi.award;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.awardsapi.editing.Editable;
import org.awardsapi.web.Versioned;
import org.awardsapi.editing.ReferenceCounts;
import org.awardsapi.editing.Refs;
import org.awardsapi.web.IdOrSlug;
import org.awardsapi.web.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Edits categories.
 */
@Component
class CategoryEditor implements Editable<Category, CategoryRequest> {

	private final CategoryRepository categories;

	private final AwardRepository awards;

	private final AwardQueryService queries;

	private final EntityManager em;

	CategoryEditor(CategoryRepository categories, AwardRepository awards, AwardQueryService queries, EntityManager em) {
		this.categories = categories;
		this.awards = awards;
		this.queries = queries;
		this.em = em;
	}

	@Override
	public String kind() {
		return "category";
	}

	@Override
	public Class<CategoryRequest> requestType() {
		return CategoryRequest.class;
	}

	@Override
	public Category find(String idOrSlug) {
		if (IdOrSlug.isNumeric(idOrSlug)) {
			return this.categories.findById(Long.valueOf(idOrSlug))
				.orElseThrow(() -> new NotFoundException(kind(), idOrSlug));
		}
		List<Category> found = this.categories.findAllBySlug(idOrSlug);
		if (found.isEmpty()) {
			throw new NotFoundException(kind(), idOrSlug);
		}
		if (found.size() > 1) {
			throw NotFoundException.ambiguous("categories", idOrSlug,
					found.stream().map(Category::getId).sorted().toList());
		}
		return found.get(0);
	}

	@Override
	public CategoryRequest current(Category c) {
		return new CategoryRequest(c.getAward().getSlug(), c.getSlug(), c.getName(), c.getCategoryClass());
	}

	@Override
	public Category create(CategoryRequest r) {
		Award award = Refs.find(r.award(), "award", "award", this.awards::findById, this.awards::findBySlug);
		return this.categories.save(new Category(award, r.slug(), r.name(), r.categoryClass()));
	}

	@Override
	public void replace(Category category, CategoryRequest r) {
		Award award = Refs.find(r.award(), "award", "award", this.awards::findById, this.awards::findBySlug);
		if (!award.equals(category.getAward())) {
			throw Refs.invalid("award", "a category cannot move to another award");
		}
		category.update(r.slug(), r.name(), r.categoryClass());
	}

	@Override
	public Map<String, Long> references(Category category) {
		return ReferenceCounts.of(this.em, category)
			.count("nominations", "select count(n) from Nomination n where n.category = :target")
			.count("presentations", "select count(p) from Presentation p where p.category = :target")
			.toMap();
	}

	@Override
	public void delete(Category category) {
		this.categories.delete(category);
	}

	@Override
	public Versioned<?> view(long id) {
		return this.queries.category(id);
	}

	@Override
	public String path(long id) {
		return "/api/categories/" + id;
	}

}
