package org.awardsapi.web;

import java.util.List;

/**
 * A single resource that does not exist; answered as a 404 problem.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String kind, String idOrSlug) {
		super("No " + kind + " with id or slug '" + idOrSlug + "'");
	}

	private NotFoundException(String detail) {
		super(detail);
	}

	/**
	 * A slug that names no single resource: several have it (a category's slug is its
	 * award's, so two awards may each have a {@code best-picture}).
	 * @param kinds what was asked for, in the plural, such as {@code categories}
	 * @param slug the slug
	 * @param ids the ids of those that have it
	 * @return the exception
	 */
	public static NotFoundException ambiguous(String kinds, String slug, List<Long> ids) {
		return new NotFoundException("The slug '" + slug + "' names " + ids.size() + " " + kinds + " (ids "
				+ String.join(", ", ids.stream().map(String::valueOf).toList()) + "): ask for one by its id");
	}

}
