package org.awardsapi.film;

import org.awardsapi.person.PersonRef;
import org.awardsapi.source.SourceRef;

/**
 * A person's work on a film.
 *
 * @param id the numeric id
 * @param film the film
 * @param person the person
 * @param job the job
 * @param character the character played, for an actor
 * @param source where the fact comes from
 */
public record CreditView(long id, FilmRef film, PersonRef person, Job job, String character, SourceRef source) {

}
