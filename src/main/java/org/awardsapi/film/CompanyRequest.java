package org.awardsapi.film;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.awardsapi.editing.Refs;

/**
 * A company as editors write it.
 *
 * @param slug the slug
 * @param name the name
 * @param imdbId the IMDb company id, such as {@code co0000001}
 */
public record CompanyRequest(
		@NotBlank @Size(max = 200) @Pattern(regexp = Refs.SLUG, message = Refs.SLUG_MESSAGE) String slug,
		@NotBlank @Size(max = 300) String name,
		@Pattern(regexp = "^co\\d{7,10}$", message = "must be an IMDb company id such as co0000001") String imdbId) {

}
