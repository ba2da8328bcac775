package org.awardsapi.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;

/**
 * The path of a field of a JSON request body as the problems name it:
 * {@code nominees[1].person}, properties joined by dots, array indexes in brackets.
 * {@link ApiProblems} names a body's bad field so, and {@code Edits} a merge patch's.
 */
public final class JsonFieldPath {

	private JsonFieldPath() {
	}

	/**
	 * @param path the path of a Jackson exception ({@link JacksonException#getPath()})
	 * @return the field's path
	 */
	public static String of(List<JacksonException.Reference> path) {
		StringBuilder field = new StringBuilder();
		for (JacksonException.Reference reference : path) {
			appendStep(field, reference.getPropertyName(), reference.getIndex());
		}
		return field.toString();
	}

	/**
	 * @param pointer a JSON pointer to the field ({@code /nominees/1/person})
	 * @return the field's path
	 */
	public static String of(JsonPointer pointer) {
		StringBuilder field = new StringBuilder();
		for (JsonPointer at = pointer; !at.matches(); at = at.tail()) {
			appendStep(field, at.mayMatchElement() ? null : at.getMatchingProperty(), at.getMatchingIndex());
		}
		return field.toString();
	}

	/**
	 * Appends one step: {@code .name} (no dot first) or {@code [index]}.
	 */
	private static void appendStep(StringBuilder field, @Nullable String property, int index) {
		if (property != null) {
			field.append(field.isEmpty() ? "" : ".").append(property);
		}
		else if (index >= 0) {
			field.append('[').append(index).append(']');
		}
	}

}
