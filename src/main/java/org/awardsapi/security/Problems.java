package org.awardsapi.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;

/**
 * Writes the RFC 9457 problems of the filters, which answer before Spring MVC (and so
 * before {@code web.ApiProblems}) is reached: the same shape, and the same types, made by
 * {@link org.awardsapi.web.ProblemTypes}.
 */
final class Problems {

	private static final JacksonJsonHttpMessageConverter converter = new JacksonJsonHttpMessageConverter(
			JsonMapper.builder());

	private Problems() {
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
