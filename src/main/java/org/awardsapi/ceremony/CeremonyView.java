package org.awardsapi.ceremony;

import java.time.LocalDate;

import org.awardsapi.award.AwardRef;

/**
 * A ceremony in a list.
 *
 * @param id the numeric id
 * @param slug the slug, such as {@code oscars-97}
 * @param name the name, such as "97th Academy Awards"
 * @param edition the edition number
 * @param date the day it was held
 * @param filmYear the film year or years it honoured, such as "2024" or "1927/28"
 * @param venue where it was held
 * @param award the award programme
 */
public record CeremonyView(long id, String slug, String name, int edition, LocalDate date, String filmYear,
		String venue, AwardRef award) {

	CeremonyView(long id, String slug, String name, int edition, LocalDate date, String filmYear, String venue,
			long awardId, String awardSlug, String awardName) {
		this(id, slug, name, edition, date, filmYear, venue, new AwardRef(awardId, awardSlug, awardName));
	}

}
