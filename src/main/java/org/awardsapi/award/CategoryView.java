package org.awardsapi.award;

import java.util.List;

/**
 * A category of an award, with every name it was presented under.
 *
 * @param id the numeric id
 * @param slug the slug, such as {@code best-picture}; category filters take it
 * @param name the canonical name
 * @param categoryClass the broad group
 * @param competitive whether it is competitive (every class but Special and SciTech)
 * @param nominations how many nominations it has had (official ones and every win)
 * @param presentedAs the names it was presented under over the years
 */
public record CategoryView(long id, String slug, String name, CategoryClass categoryClass, boolean competitive,
		long nominations, List<String> presentedAs) {

	CategoryView(long id, String slug, String name, CategoryClass categoryClass, long nominations) {
		this(id, slug, name, categoryClass, categoryClass.isCompetitive(), nominations, List.of());
	}

	CategoryView withPresentedAs(List<String> names) {
		return new CategoryView(this.id, this.slug, this.name, this.categoryClass, this.competitive, this.nominations,
				names);
	}

}
