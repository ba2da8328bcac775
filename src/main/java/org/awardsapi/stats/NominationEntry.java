package org.awardsapi.stats;

import java.util.List;

import org.awardsapi.award.CategoryRef;
import org.awardsapi.film.FilmRef;

/**
 * One nomination in a tally: its category, its films and whether it won.
 *
 * @param category the category, under its canonical name
 * @param films the films of the nomination, in their order
 * @param won whether it won
 */
record NominationEntry(CategoryRef category, List<FilmRef> films, boolean won) {

}
