package org.awardsapi.award;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.awardsapi.editing.Refs;

/**
 * An award programme as editors write it.
 *
 * @param slug the slug, such as {@code oscars}
 * @param name the name
 * @param presentedBy who presents it
 */
public record AwardRequest(
		@NotBlank @Size(max = 80) @Pattern(regexp = Refs.SLUG, message = Refs.SLUG_MESSAGE) String slug,
		@NotBlank @Size(max = 200) String name, @Size(max = 300) String presentedBy) {

}
