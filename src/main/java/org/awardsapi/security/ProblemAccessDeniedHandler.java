package org.awardsapi.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.awardsapi.web.ProblemTypes;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * {@code 403}: a signed-in user without the role a request needs, answered as a problem.
 */
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		Problems.write(
				ProblemTypes.problem(HttpStatus.FORBIDDEN,
						"This needs the role " + Editors.EDITOR + ", which this user does not have."),
				request, response);
	}

}
