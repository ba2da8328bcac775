package org.awardsapi.film;

/**
 * What a company did for a film.
 */
public enum CompanyRole {

	production, distribution

}
