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
	 * @param value a path or query value
	 * @return whether it is a numeric id rather than a slug
	 */
	public static boolean isNumeric(String value) {
		return value != null && value.length() <= 18 && !value.isEmpty() && value.chars().allMatch(Character::isDigit);
	}

}
