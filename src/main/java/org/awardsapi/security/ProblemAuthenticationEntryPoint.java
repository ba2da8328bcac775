package org.awardsapi.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.awardsapi.web.ProblemTypes;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * {@code 401}: a write without credentials, or with wrong ones, answered as a problem
 * with {@code WWW-Authenticate: Basic realm="awards-api"}. Wrong credentials never reach
 * the rate limit filter (authentication stops them first), so they are charged to the
 * client's address here: guessing passwords runs into {@code 429} like any other flood.
 */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

	static final String REALM = "awards-api";

	private final RateLimiter limiter;

	ProblemAuthenticationEntryPoint(RateLimiter limiter) {
		this.limiter = limiter;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		if (this.limiter.enabled() && request.getAttribute(RateLimiter.CHARGED) == null
				&& this.limiter.charge(request, response, null) == null) {
			return;
		}
		String detail = (authException instanceof BadCredentialsException) ? "The user name or password is wrong."
				: "Changing data needs an editor's user name and password (HTTP Basic).";
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
		Problems.write(ProblemTypes.problem(HttpStatus.UNAUTHORIZED, detail), request, response);
	}

}
