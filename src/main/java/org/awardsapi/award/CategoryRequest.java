package org.awardsapi.award;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.awardsapi.editing.Refs;

/**
 * A category as editors write it.
 *
 * @param award the award's id or slug (a category cannot move to another award)
 * @param slug the slug, unique within the award
 * @param name the canonical name
 * @param categoryClass the broad group
 */
public record CategoryRequest(@NotBlank String award,
		@NotBlank @Size(max = 120) @Pattern(regexp = Refs.SLUG, message = Refs.SLUG_MESSAGE) String slug,
		@NotBlank @Size(max = 200) String name, @NotNull CategoryClass categoryClass) {

}
