package org.awardsapi.film;

/**
 * A person's work on a film.
 */
public enum Job {

	director, writer, producer, editor, actor, cinematographer, composer

}
