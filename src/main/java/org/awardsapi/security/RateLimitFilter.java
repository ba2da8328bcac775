package org.awardsapi.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Charges each request to its client's bucket ({@link RateLimiter}). It sits in the
 * security filter chain right after authentication, so that an editor is counted by name,
 * and before authorization, so that refused writes count too. Health probes are never
 * limited: a load balancer must not take an instance out of rotation for asking too
 * often.
 * <p>
 * Not a bean: a {@code Filter} bean would also be registered with the servlet container
 * and run twice.
 */
class RateLimitFilter extends OncePerRequestFilter {

	private final RateLimiter limiter;

	RateLimitFilter(RateLimiter limiter) {
		this.limiter = limiter;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !this.limiter.enabled() || path.equals("/actuator/health") || path.startsWith("/actuator/health/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getAttribute(RateLimiter.CHARGED) != null) {
			chain.doFilter(request, response);
			return;
		}
		RateLimiter.Charge charge = this.limiter.charge(request, response,
				SecurityContextHolder.getContext().getAuthentication());
		if (charge == null) {
			return;
		}
		chain.doFilter(request, response);
		this.limiter.settle(charge, response.getStatus());
	}

}
