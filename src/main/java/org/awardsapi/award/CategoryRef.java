package org.awardsapi.award;

/**
 * A category, under its canonical name, as other resources mention it.
 *
 * @param id the numeric id
 * @param slug the slug, such as {@code best-picture}
 * @param name the canonical name, such as "Best Picture"
 * @param categoryClass the broad group: Title, Acting, Directing, Writing, Production,
 * Music, Special or SciTech
 */
public record CategoryRef(long id, String slug, String name, CategoryClass categoryClass) {

}
