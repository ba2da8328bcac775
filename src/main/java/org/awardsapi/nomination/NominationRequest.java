package org.awardsapi.nomination;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
	 * @param person the person's id or slug
	 * @param company the company's id or slug
	 * @param country the country
	 * @param name the name credited
	 */
	/**
	 * Text with a character other than white space in it, when it is given at all (as
	 * Java matches it, whole, and as JavaScript reads an OpenAPI pattern, anywhere).
	 */
	static final String SOMETHING = "\\s*\\S[\\s\\S]*";

	@OneKind
	public record NomineeRequest(String person, String company,
			@Size(max = 500) @Pattern(regexp = SOMETHING, message = "must not be blank") String country,
			@Size(max = 500) @Pattern(regexp = SOMETHING, message = "must not be blank") String name) {

	}

	/**
	 * A nominee names exactly one of a person, a company or a country. A constraint of
	 * the nominee as a whole, so that a 400 names the nominee ({@code nominees[0]}), not
	 * a field it does not have.
	 */
	@Documented
	@Constraint(validatedBy = OneKind.Validator.class)
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@interface OneKind {

		String message() default "must name exactly one of person, company or country";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

		/** Counts the kinds a nominee names. */
		class Validator implements ConstraintValidator<OneKind, NomineeRequest> {

			@Override
			public boolean isValid(NomineeRequest nominee, ConstraintValidatorContext context) {
				int kinds = ((nominee.person() != null) ? 1 : 0) + ((nominee.company() != null) ? 1 : 0)
						+ ((nominee.country() != null) ? 1 : 0);
				return kinds == 1;
			}

		}

	}

}
