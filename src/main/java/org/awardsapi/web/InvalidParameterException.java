package org.awardsapi.web;

/**
 * A request parameter that the endpoint cannot take; answered as a 400 problem naming it.
 */
public class InvalidParameterException extends RuntimeException {

	private final String parameter;

	public InvalidParameterException(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	public String getParameter() {
		return this.parameter;
	}

}
