package org.awardsapi.film;

/**
 * A film in a list, with its nominations and wins (official nominations and every win
 * count).
 *
 * @param id the numeric id
 * @param slug the slug, such as {@code anora-2024}
 * @param title the title
 * @param year the film's year
 * @param imdbId the IMDb title id, such as {@code tt28607951}
 * @param nominations nominations that count (official ones and every win)
 * @param wins nominations that won
 */
public record FilmView(long id, String slug, String title, Integer year, String imdbId, long nominations, long wins) {

	FilmView withCounts(long[] counts) {
		return new FilmView(this.id, this.slug, this.title, this.year, this.imdbId, counts[0], counts[1]);
	}

}
