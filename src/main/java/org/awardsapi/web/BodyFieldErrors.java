package org.awardsapi.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The bad field of a JSON request body that Jackson stopped at, named and explained as a
 * 400's {@code errors} name a field: a field the resource does not take, one given twice,
 * a value of the wrong type (saying the type wanted), a NUL in a string. The same for a
 * body ({@link ApiProblems}) and for the result of a merge patch ({@code Edits}).
 */
public final class BodyFieldErrors {

	private static final Map<Class<?>, String> EXPECTED = Map.ofEntries(Map.entry(Integer.class, "a whole number"),
			Map.entry(int.class, "a whole number"), Map.entry(Long.class, "a whole number"),
			Map.entry(long.class, "a whole number"), Map.entry(Boolean.class, "true or false"),
			Map.entry(boolean.class, "true or false"), Map.entry(String.class, "text"),
			Map.entry(LocalDate.class, "a date such as 2025-03-02"));

	private BodyFieldErrors() {
	}

	/**
	 * @param ex what Jackson threw reading the body
	 * @return the bad field and what is wrong with it, or {@code null} when the error is
	 * not one field's (JSON that is malformed or cut short, a body of the wrong shape)
	 */
	public static InvalidBodyException.@Nullable FieldError of(JacksonException ex) {
		String duplicate = duplicateField(ex);
		if (duplicate != null) {
			return new InvalidBodyException.FieldError(duplicate, "is given more than once");
		}
		if (ex.getPath().isEmpty()) {
			return null;
		}
		String field = JsonFieldPath.of(ex.getPath());
		String refusal = StorableStrings.refusal(ex);
		if (refusal != null) {
			return new InvalidBodyException.FieldError(field, refusal);
		}
		if (ex instanceof UnrecognizedPropertyException) {
			return new InvalidBodyException.FieldError(field, "is not a field of this resource");
		}
		if (ex instanceof InputCoercionException coercion) {
			// a whole number after all, too large for the field's type; Jackson's message
			// gives it first in parentheses: "Numeric value (-99999999999) out of range…"
			String message = (coercion.getOriginalMessage() != null) ? coercion.getOriginalMessage() : "";
			boolean negative = message.indexOf('(') >= 0 && message.startsWith("-", message.indexOf('(') + 1);
			return new InvalidBodyException.FieldError(field,
					"must be " + wholeNumberWithin(coercion.getTargetType(), negative));
		}
		if (ex instanceof MismatchedInputException mismatch) {
			Object value = (ex instanceof InvalidFormatException format) ? format.getValue() : null;
			String sent = (value instanceof String || value instanceof Number || value instanceof Boolean)
					? ", not '" + value + "'" : "";
			return new InvalidBodyException.FieldError(field, "must be " + expected(mismatch.getTargetType()) + sent);
		}
		return null;
	}

	/**
	 * @param type the type a value was to be read as
	 * @return the type in words: "a whole number", "true or false", "one of [a, b]"
	 */
	static String expected(@Nullable Class<?> type) {
		if (type == null) {
			return "another value";
		}
		if (type.isEnum()) {
			return "one of " + Arrays.toString(type.getEnumConstants());
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return "an array";
		}
		if (type.isRecord() || Map.class.isAssignableFrom(type)) {
			return "an object";
		}
		return EXPECTED.getOrDefault(type, "another value");
	}

	/**
	 * @param type an integer type
	 * @param negative whether the number sent was negative
	 * @return the bound it went past, in words: "a whole number no larger than
	 * 2147483647"; the field's own bounds (a year from 1870) are checked once it is one
	 */
	static String wholeNumberWithin(@Nullable Class<?> type, boolean negative) {
		boolean isInt = type == int.class || type == Integer.class;
		long bound = negative ? (isInt ? Integer.MIN_VALUE : Long.MIN_VALUE)
				: (isInt ? Integer.MAX_VALUE : Long.MAX_VALUE);
		return "a whole number no " + (negative ? "smaller" : "larger") + " than " + bound;
	}

	/**
	 * The field a JSON body gives twice ({@code items[1].name}), refused by Jackson's
	 * duplicate detection ({@code ApiWebConfig#oneValuePerField}); {@code null} for any
	 * other error. Jackson's message is the one mark of it (no type of its own):
	 * {@code EditingApiTest} fails if it changes.
	 */
	private static @Nullable String duplicateField(JacksonException ex) {
		if (!(ex instanceof StreamReadException read) || read.getOriginalMessage() == null
				|| !read.getOriginalMessage().startsWith("Duplicate Object property") || read.processor() == null) {
			return null;
		}
		return JsonFieldPath.of(read.processor().streamReadContext().pathAsPointer());
	}

}
