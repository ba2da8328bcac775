package org.awardsapi.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.header.HeaderWriter;

/**
 * {@code Content-Security-Policy} on every response: the API, its OpenAPI description,
 * Actuator and errors are data, never pages, so they allow nothing at all; the static
 * page and Swagger UI load their own scripts, styles and images and call the API on the
 * same origin. Swagger UI needs inline styles (its React components set them) and
 * {@code data:} images (its icons); it has no inline script.
 */
class ContentSecurityPolicy implements HeaderWriter {

	static final String HEADER = "Content-Security-Policy";

	/** Data: nothing may load, nothing may frame it. */
	static final String DATA = "default-src 'none'; frame-ancestors 'none'";

	/** Pages of this origin: the static page and Swagger UI. */
	static final String PAGES = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Override
	public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
		if (!response.containsHeader(HEADER)) {
			response.setHeader(HEADER, isData(path(request)) ? DATA : PAGES);
		}
	}

	static boolean isData(String path) {
		return path.equals("/api") || path.startsWith("/api/") || path.startsWith("/v3/api-docs")
				|| path.startsWith("/actuator") || path.equals("/error");
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
