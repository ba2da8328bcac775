package org.awardsapi.nomination;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A nomination as editors write it.
 *
 * @param ceremony the ceremony's id or slug (a nomination cannot move to another
 * ceremony)
 * @param category the category's slug or id, in the ceremony's award
 * @param categoryName the category's name as presented that year; the canonical name when
 * empty
 * @param films the films' ids or slugs, in order
 * @param nominees the nominees, in order
 * @param credit the credit as written
 * @param detail the character, the song, or other detail
 * @param note an official note
 * @param citation the wording of an honorary or technical award
 * @param won whether it won
 * @param official {@code false} for a nomination kept on record but not official;
 * official when absent
 * @param sources the ids or slugs of the sources of the facts
 */
public record NominationRequest(@NotBlank String ceremony, @NotBlank String category,
		@Size(max = 300) String categoryName, @Size(max = 20) List<@NotBlank String> films,
		@Size(max = 50) List<@Valid @NotNull NomineeRequest> nominees, @Size(max = 2000) String credit,
		@Size(max = 2000) String detail, @Size(max = 4000) String note, @Size(max = 4000) String citation,
		@NotNull Boolean won, Boolean official, @Size(max = 20) List<@NotBlank String> sources) {

	/**
	 * A nominee: exactly one of a person, a company (their id or slug) or a country;
	 * {@code name} is the name credited, the person's or company's own when empty.
	 *
	 * @param person the person's id or slug
	 * @param company the company's id or slug
	 * @param country the country
	 * @param name the name credited
	 */
	public record NomineeRequest(String person, String company, @Size(max = 500) String country,
			@Size(max = 500) String name) {

		@AssertTrue(message = "must name exactly one of person, company or country")
		boolean isOneKind() {
			int kinds = ((this.person != null) ? 1 : 0) + ((this.company != null) ? 1 : 0)
					+ ((this.country != null) ? 1 : 0);
			return kinds == 1;
		}

	}

}
