package org.awardsapi.web;

import java.util.List;

/**
 * A request body that is not valid, with every bad field: answered 400.
 */
public class InvalidBodyException extends RuntimeException {

	private final List<FieldError> errors;

	public InvalidBodyException(List<FieldError> errors) {
		super("The request body has " + errors.size() + " invalid field" + ((errors.size() == 1) ? "" : "s"));
		this.errors = errors;
	}

	public List<FieldError> getErrors() {
		return this.errors;
	}

	/**
	 * @param field the field's path in the body, such as {@code nominees[0].person}
	 * @param message what is wrong with it
	 */
	public record FieldError(String field, String message) {
	}

}
