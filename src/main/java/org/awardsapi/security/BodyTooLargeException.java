package org.awardsapi.security;

import java.io.IOException;

/**
 * A request body longer than its limit, found while reading it (a body sent in chunks has
 * no {@code Content-Length} to refuse it by beforehand).
 */
class BodyTooLargeException extends IOException {

	private final long limit;

	BodyTooLargeException(long limit) {
		super("The request body is larger than " + limit + " bytes");
		this.limit = limit;
	}

	long getLimit() {
		return this.limit;
	}

}
