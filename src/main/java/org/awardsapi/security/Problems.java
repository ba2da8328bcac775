package org.awardsapi.security;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;

/**
 * RFC 9457 problems written by the filters, which answer before Spring MVC (and so before
 * {@code web.ApiProblems}) is reached: the same shape and the same
 * {@code urn:awards-api:problem:} types.
 */
final class Problems {

	/** The prefix of every problem type, as in {@code web.ApiProblems}. */
	static final String TYPE_PREFIX = "urn:awards-api:problem:";

	private static final JacksonJsonHttpMessageConverter converter = new JacksonJsonHttpMessageConverter(
			JsonMapper.builder());

	private Problems() {
	}

	/**
	 * A problem of a type named for its status, titled with the status's reason phrase,
	 * as {@code web.ApiProblems} makes them: one title for each type (RFC 9457, section
	 * 3.1.3).
	 * @param status the status
	 * @param detail what went wrong with this request
	 * @return the problem
	 */
	static ProblemDetail of(HttpStatus status, String detail) {
		return of(status, status.name().toLowerCase(Locale.ROOT).replace('_', '-'), status.getReasonPhrase(), detail);
	}

	static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_PREFIX + type));
		problem.setTitle(title);
		return problem;
	}

	/**
	 * Answers the problem, with its status, as {@code application/problem+json}.
	 * @param problem the problem; its instance is set to the request's path if unset
	 * @param request the request
	 * @param response the response, not yet committed
	 * @throws IOException if the answer cannot be written
	 */
	static void write(ProblemDetail problem, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (problem.getInstance() == null) {
			try {
				problem.setInstance(URI.create(request.getRequestURI()));
			}
			catch (IllegalArgumentException ex) {
				// not a URI reference: leave the instance out
			}
		}
		response.setStatus(problem.getStatus());
		ServletServerHttpResponse out = new ServletServerHttpResponse(response);
		converter.write(problem, MediaType.APPLICATION_PROBLEM_JSON, out);
		out.flush();
	}

}
