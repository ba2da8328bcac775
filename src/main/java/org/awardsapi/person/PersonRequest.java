package org.awardsapi.person;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.awardsapi.editing.Refs;

/**
 * A person as editors write them.
 *
 * @param slug the slug, such as {@code sean-baker}
 * @param name the name
 * @param imdbId the IMDb name id
 * @param otherNames other spellings, found by search too
 */
public record PersonRequest(
		@NotBlank @Size(max = 200) @Pattern(regexp = Refs.SLUG, message = Refs.SLUG_MESSAGE) String slug,
		@NotBlank @Size(max = 300) String name,
		@Pattern(regexp = "^nm\\d{7,10}$", message = "must be an IMDb name id such as nm0048918") String imdbId,
		@Size(max = 50) List<@NotBlank @Size(max = 300) String> otherNames) {

}
