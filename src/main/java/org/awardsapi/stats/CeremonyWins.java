package org.awardsapi.stats;

import java.util.List;

import org.awardsapi.award.AwardRef;
import org.awardsapi.ceremony.CeremonyRef;
import org.awardsapi.film.FilmRef;

/**
 * One person's wins and nominations at one ceremony.
 *
 * @param ceremony the ceremony
 * @param award the award programme of the ceremony
 * @param wins the person's nominations there that won
 * @param nominations the person's nominations that count (official ones and every win)
 * there
 * @param categories each of those nominations: category, films and whether it won
 * @param films the distinct films of those nominations, by title
 */
record CeremonyWins(CeremonyRef ceremony, AwardRef award, long wins, long nominations, List<NominationEntry> categories,
		List<FilmRef> films) {

}
