package org.awardsapi.film;

/**
 * A company, with how many films and nominations it has.
 *
 * @param id the numeric id
 * @param slug the slug
 * @param name the name
 * @param imdbId the IMDb company id
 * @param films films it produced or distributed
 * @param nominations nominations it is a nominee of (official ones and every win)
 */
public record CompanyView(long id, String slug, String name, String imdbId, long films, long nominations) {

}
