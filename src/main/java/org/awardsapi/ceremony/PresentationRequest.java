package org.awardsapi.ceremony;

import jakarta.validation.constraints.NotBlank;

/**
 * Who presented a category at a ceremony, as editors write it.
 *
 * @param ceremony the ceremony's id or slug
 * @param category the category's slug or id, in the ceremony's award
 * @param presenter the presenter's id or slug
 * @param source the id or slug of the source of the fact
 */
public record PresentationRequest(@NotBlank String ceremony, @NotBlank String category, @NotBlank String presenter,
		String source) {

}
