package org.awardsapi.security;

import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A {@code POST} that a page of another site made a browser send without asking first:
 * marked {@code Sec-Fetch-Site: cross-site} by the browser, with no body type or one that
 * an HTML form can send ({@code text/plain}, {@code multipart/form-data},
 * {@code application/x-www-form-urlencoded}). Such a request gets no CORS preflight, and
 * a browser attaches Basic credentials it remembers from a login dialog to it: refusing
 * it is what stands in for CSRF protection. A cross-site request with JSON or any other
 * method needs a preflight, which only the origins CORS allows pass; curl and other
 * non-browser clients send no {@code Sec-Fetch-Site}.
 */
class CrossSiteSimpleWrite implements RequestMatcher {

	private static final Set<String> FORM_TYPES = Set.of(MediaType.TEXT_PLAIN_VALUE,
			MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.APPLICATION_FORM_URLENCODED_VALUE);

	@Override
	public boolean matches(HttpServletRequest request) {
		if (!"POST".equals(request.getMethod()) || !"cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
			return false;
		}
		String contentType = request.getContentType();
		if (contentType == null) {
			return true;
		}
		String essence = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
		return FORM_TYPES.contains(essence);
	}

}
