package org.awardsapi.nomination;

import org.awardsapi.web.IdOrSlug;
import org.awardsapi.web.QueryParameters;

/**
 * What a nomination list is narrowed to. A value given by id or slug that matches nothing
 * gives an empty list; one left empty is as if not sent.
 *
 * @param award award programme id or slug
 * @param ceremony ceremony id or slug
 * @param category canonical category slug or id; matches every historical name of it
 * @param film film id or slug
 * @param person person id or slug
 * @param won only wins ({@code true}) or only losses ({@code false})
 */
@QueryParameters
public record NominationFilter(String award, String ceremony, String category, String film, String person,
		Boolean won) {

	public NominationFilter {
		award = IdOrSlug.filter(award);
		ceremony = IdOrSlug.filter(ceremony);
		category = IdOrSlug.filter(category);
		film = IdOrSlug.filter(film);
		person = IdOrSlug.filter(person);
	}

	public static NominationFilter none() {
		return new NominationFilter(null, null, null, null, null, null);
	}

	public NominationFilter withCeremony(long ceremonyId) {
		return new NominationFilter(this.award, String.valueOf(ceremonyId), this.category, this.film, this.person,
				this.won);
	}

	public NominationFilter withFilm(long filmId) {
		return new NominationFilter(this.award, this.ceremony, this.category, String.valueOf(filmId), this.person,
				this.won);
	}

	public NominationFilter withPerson(long personId) {
		return new NominationFilter(this.award, this.ceremony, this.category, this.film, String.valueOf(personId),
				this.won);
	}

	public NominationFilter withWon(Boolean won) {
		return new NominationFilter(this.award, this.ceremony, this.category, this.film, this.person, won);
	}

}
