package org.awardsapi.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A search query ({@code q}) of at most {@link #MAX} different folded words
 * ({@link Slugs#words}). Each word is one more condition of the search, and a word
 * shorter than {@link Slugs#MIN_INDEXED} letters is looked for in the whole search text
 * of every row: two hundred characters fold into as many as two hundred words (NFKD gives
 * {@code ⒈} as {@code 1.}), which PostgreSQL plans and runs for minutes. Twenty is more
 * than the longest title of the record holds ("Dr. Strangelove or: How I Learned to Stop
 * Worrying and Love the Bomb" folds into 13).
 */
@Documented
@Constraint(validatedBy = SearchWords.Validator.class)
@Target({ ElementType.PARAMETER, ElementType.FIELD })
@Retention(RetentionPolicy.RUNTIME)
public @interface SearchWords {

	/** The most different words a query may have. */
	int MAX = 20;

	String message() default "must have at most " + MAX + " different words";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Counts the query's different folded words. */
	class Validator implements ConstraintValidator<SearchWords, String> {

		@Override
		public boolean isValid(String query, ConstraintValidatorContext context) {
			return query == null || Slugs.words(query).length <= MAX;
		}

	}

}
