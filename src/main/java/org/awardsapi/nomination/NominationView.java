package org.awardsapi.nomination;

import java.util.List;

import org.awardsapi.award.AwardRef;
import org.awardsapi.award.CategoryRef;
import org.awardsapi.ceremony.CeremonyRef;
import org.awardsapi.film.FilmRef;
import org.awardsapi.source.SourceRef;

/**
 * A nomination as the API shows it.
 *
 * @param id the numeric id
 * @param award the award programme
 * @param ceremony the ceremony
 * @param category the canonical category
 * @param categoryName the category's name as presented that year
 * @param films the films, in order
 * @param nominees the nominees, in order
 * @param credit the credit as officially written
 * @param detail the character, the song, or other detail
 * @param note an official note (ties, placings)
 * @param citation the wording of an honorary or technical award
 * @param won whether it won
 * @param official {@code false} for a nomination kept on record but not official (counted
 * only if it won: {@link Nomination#counts(String)})
 * @param sources where the facts come from
 */
public record NominationView(long id, AwardRef award, CeremonyRef ceremony, CategoryRef category, String categoryName,
		List<FilmRef> films, List<NomineeView> nominees, String credit, String detail, String note, String citation,
		boolean won, boolean official, List<SourceRef> sources) {

	/**
	 * @return whether the nomination counts: an official one, or any win
	 * ({@link Nomination#counts(String)})
	 */
	public boolean counts() {
		return this.official || this.won;
	}

}
