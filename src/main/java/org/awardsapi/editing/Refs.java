package org.awardsapi.editing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.awardsapi.web.IdOrSlug;
import org.awardsapi.web.InvalidBodyException;

/**
 * Resolves what a request body names by id or slug: a name that matches nothing is a bad
 * field of the body (400), not a missing resource (404).
 */
public final class Refs {

	/**
	 * The form of a slug: lower-case words of letters and digits joined by hyphens, not
	 * digits alone, which an {@code {id}} reads as a numeric id ({@code IdOrSlug}): a
	 * slug {@code 1917} could never be found by its slug.
	 */
	public static final String SLUG = "^(?![0-9]+$)[a-z0-9]+(-[a-z0-9]+)*$";

	/** What a slug of another form is told. */
	public static final String SLUG_MESSAGE = "must be lower-case letters and digits, words joined by hyphens, "
			+ "and not digits alone (a number is an id)";

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
		return lookup(value, byId, bySlug)
			.orElseThrow(() -> new InvalidBodyException(List.of(noSuch(value, field, kind))));
	}

	private static <T> Optional<T> lookup(String value, Function<Long, Optional<T>> byId,
			Function<String, Optional<T>> bySlug) {
		return IdOrSlug.isNumeric(value) ? byId.apply(Long.valueOf(value)) : bySlug.apply(value);
	}

	private static InvalidBodyException.FieldError noSuch(String value, String field, String kind) {
		return new InvalidBodyException.FieldError(field, "names no " + kind + " '" + value + "'");
	}

	/**
	 * The names of a body (a nomination's ceremony, films, nominees and sources, say),
	 * resolved one by one with every name that matches nothing, or that names again what
	 * an earlier one of its list named ({@link #first}), kept, so that one 400 names them
	 * all ({@link #check()}) rather than the first.
	 */
	public static final class Misses {

		private final List<InvalidBodyException.FieldError> errors = new ArrayList<>();

		private final Map<List<Object>, Integer> firsts = new HashMap<>();

		/**
		 * As {@link Refs#find}, but a name that matches nothing is kept for
		 * {@link #check()}.
		 * @param <T> what is named
		 * @param value the id or slug, or {@code null}
		 * @param field the field of the body
		 * @param kind what it names ("film")
		 * @param byId finds by id
		 * @param bySlug finds by slug
		 * @return what it names; empty for {@code null} and for a name that matches
		 * nothing
		 */
		public <T> Optional<T> find(String value, String field, String kind, Function<Long, Optional<T>> byId,
				Function<String, Optional<T>> bySlug) {
			if (value == null) {
				return Optional.empty();
			}
			Optional<T> found = lookup(value, byId, bySlug);
			if (found.isEmpty()) {
				this.errors.add(noSuch(value, field, kind));
			}
			return found;
		}

		/**
		 * Keeps another fault of a name: one that matches nothing, found otherwise than
		 * by {@link #find}, or one given twice.
		 * @param field the field of the body
		 * @param message what is wrong
		 */
		public void add(String field, String message) {
			this.errors.add(new InvalidBodyException.FieldError(field, message));
		}

		/**
		 * Tells an element of a list that names what an earlier one of the list named
		 * (the same film twice), and keeps it as a fault: the database would hold it
		 * twice, or drop the second without a word.
		 * @param list the list's field ({@code films})
		 * @param index the element's index
		 * @param what what it names, for the message ({@code film})
		 * @param key what tells it from the others of its list
		 * @return whether it is the first to name it
		 */
		public boolean first(String list, int index, String what, Object key) {
			Integer first = this.firsts.putIfAbsent(List.of(list, key), index);
			if (first == null) {
				return true;
			}
			add(list + "[" + index + "]", "names the same " + what + " as " + list + "[" + first + "]");
			return false;
		}

		/**
		 * @throws InvalidBodyException naming every name that matched nothing, if any
		 */
		public void check() {
			if (!this.errors.isEmpty()) {
				throw new InvalidBodyException(List.copyOf(this.errors));
			}
		}

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
