package org.awardsapi.security;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A body found too large while a controller or a message converter was reading it: a
 * {@code 413} problem, not the {@code 400} of an unreadable body or the {@code 500} of a
 * failed read. Ahead of {@code web.ApiProblems}, and found also when it is the cause of
 * the exception thrown.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodyTooLargeAdvice {

	@ExceptionHandler(BodyTooLargeException.class)
	ProblemDetail tooLarge(BodyTooLargeException ex) {
		return BodySizeLimitFilter.problem(ex.getLimit());
	}

}
