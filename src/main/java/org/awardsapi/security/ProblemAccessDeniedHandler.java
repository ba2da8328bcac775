package org.awardsapi.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.awardsapi.web.ProblemTypes;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * {@code 403}: a signed-in user without the role a request needs, or a cross-site
 * {@code POST} that skipped the preflight ({@link CrossSiteSimpleWrite}), answered as a
 * problem that says which.
 */
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

	private static final CrossSiteSimpleWrite CROSS_SITE_SIMPLE_WRITE = new CrossSiteSimpleWrite();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		String detail = CROSS_SITE_SIMPLE_WRITE.matches(request)
				? "A POST another site's page sent without a CORS preflight (Sec-Fetch-Site: cross-site, "
						+ "with a body a form can send) is never taken, whoever signs it: send the body as "
						+ "application/json, from an origin CORS allows"
				: "This needs the role " + Editors.EDITOR + ", which this user does not have.";
		Problems.write(ProblemTypes.problem(HttpStatus.FORBIDDEN, detail), request, response);
	}

}
