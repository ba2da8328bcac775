package org.awardsapi.ceremony;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.awardsapi.editing.Refs;

/**
 * A ceremony as editors write it.
 *
 * @param award the award's id or slug (a ceremony cannot move to another award)
 * @param edition the edition number
 * @param slug the slug, such as {@code oscars-98}
 * @param name the name
 * @param date the day it was held
 * @param filmYear the film year or years it honoured
 * @param venue where it was held
 */
public record CeremonyRequest(@NotBlank String award, @NotNull @Min(1) @Max(9999) Integer edition,
		@NotBlank @Size(max = 80) @Pattern(regexp = Refs.SLUG, message = Refs.SLUG_MESSAGE) String slug,
		@NotBlank @Size(max = 200) String name, LocalDate date, @Size(max = 20) String filmYear,
		@Size(max = 300) String venue) {

}
