package org.awardsapi.stats;

import org.awardsapi.film.FilmRef;

/**
 * A film's wins and nominations at one ceremony.
 *
 * @param film the film
 * @param wins the nominations of the film that won
 * @param nominations the nominations that count (official ones and every win) of the film
 */
record FilmWins(FilmRef film, long wins, long nominations) {

}
