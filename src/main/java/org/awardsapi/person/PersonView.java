package org.awardsapi.person;

/**
 * A person in a list, with their nominations and wins (official nominations and every win
 * count).
 *
 * @param id the numeric id
 * @param slug the slug, such as {@code sean-baker}
 * @param name the name
 * @param imdbId the IMDb name id, such as {@code nm0048918}
 * @param nominations nominations that count (official ones and every win)
 * @param wins nominations that won
 */
public record PersonView(long id, String slug, String name, String imdbId, long nominations, long wins) {

	PersonView withCounts(long[] counts) {
		return new PersonView(this.id, this.slug, this.name, this.imdbId, counts[0], counts[1]);
	}

}
