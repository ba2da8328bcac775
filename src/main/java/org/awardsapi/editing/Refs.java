package org.awardsapi.editing;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.awardsapi.web.IdOrSlug;
import org.awardsapi.web.InvalidBodyException;

/**
 * Resolves what a request body names by id or slug: a name that matches nothing is a bad
 * field of the body (400), not a missing resource (404).
 */
public final class Refs {

	/** The form of a slug: lower-case words of letters and digits joined by hyphens. */
	public static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";

	private Refs() {
	}

	/**
	 * @param <T> what is named
	 * @param value the id or slug, or {@code null}
	 * @param field the field of the body
	 * @param kind what it names ("film")
	 * @param byId finds by id
	 * @param bySlug finds by slug
	 * @return what it names, or {@code null} for {@code null}
	 */
	public static <T> T find(String value, String field, String kind, Function<Long, Optional<T>> byId,
			Function<String, Optional<T>> bySlug) {
		if (value == null) {
			return null;
		}
		Optional<T> found = IdOrSlug.isNumeric(value) ? byId.apply(Long.valueOf(value)) : bySlug.apply(value);
		return found.orElseThrow(() -> new InvalidBodyException(
				List.of(new InvalidBodyException.FieldError(field, "names no " + kind + " '" + value + "'"))));
	}

	/**
	 * @param field the field of the body
	 * @param message what is wrong
	 * @return the exception to throw
	 */
	public static InvalidBodyException invalid(String field, String message) {
		return new InvalidBodyException(List.of(new InvalidBodyException.FieldError(field, message)));
	}

}
