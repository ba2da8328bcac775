package org.awardsapi.web;

import java.util.List;
import java.util.Map;

/**
 * A delete of something still referred to, or a write that clashes with what is stored (a
 * slug or IMDb id taken): answered 409 naming what is in the way.
 */
public class ConflictException extends RuntimeException {

	private final Map<String, Long> references;

	private final List<InvalidBodyException.FieldError> errors;

	public ConflictException(String message, Map<String, Long> references) {
		this(message, references, List.of());
	}

	/**
	 * @param message the problem's detail
	 * @param references what refers to the resource, by kind
	 * @param errors the fields of the body whose values clash (a slug taken)
	 */
	public ConflictException(String message, Map<String, Long> references,
			List<InvalidBodyException.FieldError> errors) {
		super(message);
		this.references = references;
		this.errors = errors;
	}

	public Map<String, Long> getReferences() {
		return this.references;
	}

	public List<InvalidBodyException.FieldError> getErrors() {
		return this.errors;
	}

}
