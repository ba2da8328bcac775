package org.awardsapi.web;

/**
 * A single resource that does not exist; answered as a 404 problem.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String kind, String idOrSlug) {
		super("No " + kind + " with id or slug '" + idOrSlug + "'");
	}

}
