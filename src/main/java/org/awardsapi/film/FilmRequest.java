package org.awardsapi.film;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.awardsapi.editing.Refs;

/**
 * A film as editors write it, with the companies behind it (credits are written one by
 * one at {@code /api/credits}).
 *
 * @param slug the slug, such as {@code anora-2024}
 * @param title the title
 * @param year the film's year
 * @param imdbId the IMDb title id
 * @param synopsis the official synopsis
 * @param companies who produced and distributed it; {@code null} or empty for none
 */
public record FilmRequest(
		@NotBlank @Size(max = 300) @Pattern(regexp = Refs.SLUG, message = Refs.SLUG_MESSAGE) String slug,
		@NotBlank @Size(max = 500) String title, @Min(1870) @Max(2200) Integer year,
		@Pattern(regexp = "^tt\\d{7,10}$", message = "must be an IMDb title id such as tt28607951") String imdbId,
		@Size(max = 4000) String synopsis, @Size(max = 100) List<@Valid @NotNull FilmCompanyRequest> companies) {

	/**
	 * A company's role on the film.
	 *
	 * @param company the company's id or slug
	 * @param role production or distribution
	 * @param source the id or slug of the source of the fact
	 */
	public record FilmCompanyRequest(@NotBlank String company, @NotNull CompanyRole role, String source) {
	}

}
