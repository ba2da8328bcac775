package org.awardsapi.person;

/**
 * A person as other resources mention them.
 *
 * @param id the numeric id
 * @param slug the slug, such as {@code sean-baker}
 * @param name the name
 */
public record PersonRef(long id, String slug, String name) {

}
