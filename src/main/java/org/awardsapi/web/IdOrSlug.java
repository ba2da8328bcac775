package org.awardsapi.web;

import java.util.Optional;
import java.util.function.Function;

/**
 * Finds a resource by the {@code {id}} of a path, which takes the numeric id or the slug.
 */
public final class IdOrSlug {

	private IdOrSlug() {
	}

	/**
	 * @param <T> the resource
	 * @param value the numeric id or the slug
	 * @param kind what it is, for the 404 problem ("person")
	 * @param byId finds by numeric id
	 * @param bySlug finds by slug
	 * @return the resource
	 * @throws NotFoundException when there is none
	 */
	public static <T> T find(String value, String kind, Function<Long, Optional<T>> byId,
			Function<String, Optional<T>> bySlug) {
		Optional<T> found = isNumeric(value) ? byId.apply(Long.valueOf(value)) : bySlug.apply(value);
		return found.orElseThrow(() -> new NotFoundException(kind, value));
	}

	/**
	 * A filter's id or slug as a query gives it: one left empty or blank
	 * ({@code ?person=}, what a form's empty field sends) is as if not sent.
	 * @param value the parameter's value, or {@code null}
	 * @return the id or slug, trimmed, or {@code null} for none
	 */
	public static String filter(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * @param value a path or query value
	 * @return whether it is a numeric id rather than a slug: ASCII digits, without a
	 * leading zero, so that one resource has one URL ({@code /api/films/06} is no other
	 * name of {@code /api/films/6}, nor {@code ２} of {@code 2})
	 */
	public static boolean isNumeric(String value) {
		if (value == null || value.isEmpty() || value.length() > 18 || value.charAt(0) == '0') {
			return false;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

}
