package org.awardsapi.film;

/**
 * A film as other resources mention it.
 *
 * @param id the numeric id
 * @param slug the slug, such as {@code anora-2024}
 * @param title the title
 * @param year the film's year
 */
public record FilmRef(long id, String slug, String title, Integer year) {

}
