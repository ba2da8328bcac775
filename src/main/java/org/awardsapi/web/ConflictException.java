package org.awardsapi.web;

import java.util.Map;

/**
 * A delete of something still referred to, or a write that clashes with what is stored (a
 * slug or IMDb id taken): answered 409 naming what is in the way.
 */
public class ConflictException extends RuntimeException {

	private final Map<String, Long> references;

	public ConflictException(String message, Map<String, Long> references) {
		super(message);
		this.references = references;
	}

	public Map<String, Long> getReferences() {
		return this.references;
	}

}
