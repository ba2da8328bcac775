package org.awardsapi.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Words said at a ceremony, as editors write them.
 *
 * @param person the speaker's id or slug
 * @param ceremony the ceremony's id or slug
 * @param nomination the id of the nomination they belong to, if any
 * @param text the words
 * @param source the id or slug of the source they are quoted from
 */
public record QuoteRequest(@NotBlank String person, @NotBlank String ceremony, Long nomination,
		@NotBlank @Size(max = 4000) String text, String source) {

}
