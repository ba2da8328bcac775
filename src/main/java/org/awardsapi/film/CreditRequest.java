package org.awardsapi.film;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A person's work on a film as editors write it.
 *
 * @param film the film's id or slug (a credit cannot move to another film)
 * @param person the person's id or slug
 * @param job director, writer, producer, editor, actor, cinematographer or composer
 * @param character the character played, for an actor
 * @param source the id or slug of the source of the fact
 */
public record CreditRequest(@NotBlank String film, @NotBlank String person, @NotNull Job job,
		@Size(max = 300) String character, String source) {

}
