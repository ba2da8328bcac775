package org.awardsapi.security;

import java.util.Enumeration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.awardsapi.web.HeldAnswerGate;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * The security filters' part in an answer the response cache holds: a read without
 * credentials, which the rules let through, whose headers the firewall's rule passes,
 * charged to its client's bucket. Its URL passed the firewall already: an answer is held
 * for the exact path and query of a request that went through every filter, and a URL the
 * firewall refuses leaves no answer. Anything else goes through the filters: credentials
 * (to be checked, and counted by name), a request the firewall refuses (its {@code 400}),
 * and one over its limit (the {@code 429} of {@link RateLimitFilter}, with every other
 * header). The security headers come with the held answer, as the filters wrote them. A
 * bean of {@link WebSecurity}'s, with the rate limiter.
 */
class AnonymousReads implements HeldAnswerGate {

	private final RateLimiter limiter;

	AnonymousReads(RateLimiter limiter) {
		this.limiter = limiter;
	}

	@Override
	public @Nullable Admission admit(HttpServletRequest request, HttpServletResponse response) {
		if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
			return null;
		}
		if (!headersPass(request)) {
			return null;
		}
		RateLimiter.Charge charge = this.limiter.chargeHeldRead(request, response);
		if (charge == null) {
			return null;
		}
		return (status) -> this.limiter.settle(charge, status);
	}

	/**
	 * Whether the firewall ({@link WebSecurity#httpFirewall()}) lets every header of the
	 * request through, by its own rule.
	 */
	static boolean headersPass(HttpServletRequest request) {
		for (Enumeration<String> names = request.getHeaderNames(); names.hasMoreElements();) {
			String name = names.nextElement();
			if (!WebSecurity.assignedAndNotControl(name, false)) {
				return false;
			}
			for (Enumeration<String> values = request.getHeaders(name); values.hasMoreElements();) {
				if (!WebSecurity.assignedAndNotControl(values.nextElement(), true)) {
					return false;
				}
			}
		}
		return true;
	}

}
