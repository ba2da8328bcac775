package org.awardsapi.stats;

import java.util.List;

import org.awardsapi.film.FilmRef;
import org.awardsapi.person.PersonRef;

/**
 * A person's wins and nominations at one ceremony.
 *
 * @param person the person
 * @param wins the nominations that won
 * @param nominations the nominations that count (official ones and every win)
 * @param categories each nomination that counts: category, films and whether it won
 * @param films the distinct films of those nominations, by title
 */
record PersonWins(PersonRef person, long wins, long nominations, List<NominationEntry> categories,
		List<FilmRef> films) {

}
