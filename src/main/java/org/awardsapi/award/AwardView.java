package org.awardsapi.award;

/**
 * An award programme.
 *
 * @param id the numeric id
 * @param slug the slug, such as {@code oscars}
 * @param name the name, such as "Academy Awards"
 * @param presentedBy who presents it
 * @param ceremonies how many of its ceremonies are on record
 * @param categories how many categories it has had
 */
public record AwardView(long id, String slug, String name, String presentedBy, long ceremonies, long categories) {

}
