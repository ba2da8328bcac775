package org.awardsapi.person;

import java.util.List;

import org.awardsapi.ceremony.PresentationView;
import org.awardsapi.film.FilmRef;
import org.awardsapi.nomination.NominationView;
import org.awardsapi.source.SourceRef;

/**
 * One person with their credits and awards.
 *
 * @param id the numeric id
 * @param slug the slug
 * @param name the name
 * @param imdbId the IMDb name id
 * @param otherNames other spellings of the name
 * @param nominationCount nominations that count (official ones and every win)
 * @param winCount nominations that won
 * @param credits their work on films
 * @param nominations every nomination, newest first
 * @param presentations the categories they presented
 * @param quotes what they said at ceremonies
 */
public record PersonDetail(long id, String slug, String name, String imdbId, List<String> otherNames,
		long nominationCount, long winCount, List<PersonCredit> credits, List<NominationView> nominations,
		List<PresentationView> presentations, List<QuoteView> quotes) {

	/**
	 * The person's work on a film.
	 *
	 * @param id the credit's id (at /api/credits/{id})
	 * @param film the film
	 * @param job director, writer, producer, editor, actor…
	 * @param character the character played, for an actor
	 * @param source where the fact comes from
	 */
	public record PersonCredit(long id, FilmRef film, org.awardsapi.film.Job job, String character, SourceRef source) {
	}

}
