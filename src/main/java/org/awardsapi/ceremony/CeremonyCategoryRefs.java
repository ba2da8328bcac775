package org.awardsapi.ceremony;

import java.util.Optional;

import org.awardsapi.award.Category;
import org.awardsapi.award.CategoryRepository;
import org.awardsapi.editing.Refs;

import org.springframework.stereotype.Component;

/**
 * Resolves a body's ceremony and category (a nomination's, a presentation's): the
 * category is one of the ceremony's award, so it is looked up only when the ceremony is
 * found.
 */
@Component
public class CeremonyCategoryRefs {

	private final CeremonyRepository ceremonies;

	private final CategoryRepository categories;

	CeremonyCategoryRefs(CeremonyRepository ceremonies, CategoryRepository categories) {
		this.ceremonies = ceremonies;
		this.categories = categories;
	}

	/**
	 * @param misses keeps each name that matches nothing
	 * @param ceremony the ceremony's id or slug
	 * @param category the category's id or slug
	 * @return both, when both are found
	 */
	public Optional<Found> find(Refs.Misses misses, String ceremony, String category) {
		return misses.find(ceremony, "ceremony", "ceremony", this.ceremonies::findById, this.ceremonies::findBySlug)
			.flatMap((c) -> misses
				.find(category, "category", "category of the ceremony's award",
						(id) -> this.categories.findById(id).filter((k) -> k.getAward().equals(c.getAward())),
						(slug) -> this.categories.findByAwardAndSlug(c.getAward(), slug))
				.map((k) -> new Found(c, k)));
	}

	/**
	 * A ceremony and one of its award's categories.
	 *
	 * @param ceremony the ceremony
	 * @param category the category
	 */
	public record Found(Ceremony ceremony, Category category) {

	}

}
