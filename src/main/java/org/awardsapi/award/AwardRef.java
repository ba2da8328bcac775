package org.awardsapi.award;

/**
 * An award programme as other resources mention it.
 *
 * @param id the numeric id
 * @param slug the slug, such as {@code oscars}
 * @param name the name, such as "Academy Awards"
 */
public record AwardRef(long id, String slug, String name) {

}
