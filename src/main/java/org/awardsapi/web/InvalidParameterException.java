package org.awardsapi.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request parameter that the endpoint cannot take; answered as a 400 problem naming it
 * (or naming each of several).
 */
public class InvalidParameterException extends RuntimeException {

	private final Map<String, String> errors;

	public InvalidParameterException(String parameter, String message) {
		this(Map.of(parameter, message));
	}

	/**
	 * @param errors each bad parameter's name and what is wrong with it, the first first
	 */
	public InvalidParameterException(Map<String, String> errors) {
		super(errors.values().iterator().next());
		this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
	}

	public String getParameter() {
		return this.errors.keySet().iterator().next();
	}

	/**
	 * @return each bad parameter's name and what is wrong with it
	 */
	public Map<String, String> getErrors() {
		return this.errors;
	}

}
