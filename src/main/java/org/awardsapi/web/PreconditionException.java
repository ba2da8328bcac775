package org.awardsapi.web;

import org.springframework.http.HttpStatus;

/**
 * A write whose If-Match is missing (428) or names another version (412).
 */
public class PreconditionException extends RuntimeException {

	private final HttpStatus status;

	private final Long currentVersion;

	public PreconditionException(HttpStatus status, String message, Long currentVersion) {
		super(message);
		this.status = status;
		this.currentVersion = currentVersion;
	}

	public HttpStatus getStatus() {
		return this.status;
	}

	public Long getCurrentVersion() {
		return this.currentVersion;
	}

}
