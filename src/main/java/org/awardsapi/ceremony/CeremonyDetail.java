package org.awardsapi.ceremony;

import java.time.LocalDate;
import java.util.List;

import org.awardsapi.award.AwardRef;

/**
 * One ceremony with its counts and who presented what.
 *
 * @param id the numeric id
 * @param slug the slug
 * @param name the name
 * @param edition the edition number
 * @param date the day it was held
 * @param filmYear the film year or years it honoured
 * @param venue where it was held
 * @param award the award programme
 * @param counts what is on record for it (official nominations and every win)
 * @param presentations who presented which category
 */
public record CeremonyDetail(long id, String slug, String name, int edition, LocalDate date, String filmYear,
		String venue, AwardRef award, Counts counts, List<PresentationView> presentations) {

	/**
	 * @param categories categories with nominations
	 * @param nominations nominations that count (official ones and every win)
	 * @param wins nominations that won
	 * @param films films nominated
	 * @param people people nominated
	 */
	public record Counts(long categories, long nominations, long wins, long films, long people) {
	}

}
