package org.awardsapi.film;

import java.util.List;

import org.awardsapi.nomination.NominationView;
import org.awardsapi.person.PersonRef;
import org.awardsapi.source.SourceRef;

/**
 * One film with its credits, companies and awards.
 *
 * @param id the numeric id
 * @param slug the slug
 * @param title the title
 * @param year the film's year
 * @param imdbId the IMDb title id
 * @param synopsis the official synopsis, where known
 * @param credits who worked on it, in billing order
 * @param companies who produced and distributed it
 * @param nominationCount nominations that count (official ones and every win)
 * @param winCount nominations that won
 * @param nominations every nomination of the film, newest first
 */
public record FilmDetail(long id, String slug, String title, Integer year, String imdbId, String synopsis,
		List<FilmCredit> credits, List<FilmCompanyView> companies, long nominationCount, long winCount,
		List<NominationView> nominations) {

	/**
	 * A person's work on the film.
	 *
	 * @param id the credit's id (at /api/credits/{id})
	 * @param person who
	 * @param job director, writer, producer, editor, actor…
	 * @param character the character played, for an actor
	 * @param source where the fact comes from
	 */
	public record FilmCredit(long id, PersonRef person, Job job, String character, SourceRef source) {
	}

	/**
	 * A company's role on the film.
	 *
	 * @param id the company's id
	 * @param slug the company's slug
	 * @param name the company's name
	 * @param role production or distribution
	 * @param source where the fact comes from
	 */
	public record FilmCompanyView(long id, String slug, String name, CompanyRole role, SourceRef source) {
	}

}
