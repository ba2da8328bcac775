package org.awardsapi.source;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.awardsapi.editing.Refs;

/**
 * A source as editors write it.
 *
 * @param slug the slug
 * @param title the title
 * @param publisher who published it
 * @param publishedOn when
 * @param url where
 */
public record SourceRequest(
		@NotBlank @Size(max = 120) @Pattern(regexp = Refs.SLUG, message = Refs.SLUG_MESSAGE) String slug,
		@NotBlank @Size(max = 500) String title, @Size(max = 200) String publisher, LocalDate publishedOn,
		@Size(max = 1000) @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL") String url) {

}
