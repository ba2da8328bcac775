package org.awardsapi.stats;

import java.util.List;

import org.awardsapi.award.AwardRef;
import org.awardsapi.ceremony.CeremonyRef;
import org.awardsapi.film.FilmRef;
import org.awardsapi.person.PersonRef;

/**
 * What one person won in one night.
 *
 * @param person the person
 * @param ceremony the ceremony
 * @param award the award programme of the ceremony
 * @param wins the person's nominations there that won
 * @param nominations the person's nominations that count (official ones and every win)
 * there
 * @param films the distinct films of the winning nominations, by title
 */
record PersonCeremonyWins(PersonRef person, CeremonyRef ceremony, AwardRef award, long wins, long nominations,
		List<FilmRef> films) {

}
