package org.awardsapi.stats;

import org.awardsapi.film.FilmRef;

/**
 * A film's wins and nominations at one ceremony.
 *
 * @param film the film
 * @param wins the official nominations of the film that won
 * @param nominations the official nominations of the film
 */
record FilmWins(FilmRef film, long wins, long nominations) {

}
