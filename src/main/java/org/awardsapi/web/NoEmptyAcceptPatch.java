package org.awardsapi.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Drops the empty {@code Accept-Patch} header that Spring MVC (7.0.8) writes in its
 * answer to {@code OPTIONS} on a resource that takes no {@code PATCH}, such as a list or
 * the statistics. The header's value is one or more media types, and its presence alone
 * says that {@code PATCH} is allowed (RFC 5789, section 3.1); a resource that takes
 * {@code PATCH} keeps its {@code Accept-Patch: application/merge-patch+json, …}.
 */
class NoEmptyAcceptPatch implements HandlerInterceptor {

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (HttpMethod.OPTIONS.matches(request.getMethod())
				&& "".equals(response.getHeader(HttpHeaders.ACCEPT_PATCH))) {
			// Servlet 6.1: a null value removes the header
			response.setHeader(HttpHeaders.ACCEPT_PATCH, null);
		}
	}

}
