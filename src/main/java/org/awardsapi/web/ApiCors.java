package org.awardsapi.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.CorsUtils;

/**
 * Who may call the API from a browser page of another origin: any origin may read (GET,
 * HEAD, OPTIONS, without credentials); only the origins of
 * {@code awards.cors.write-origins} may write. A preflight is judged by the method it
 * asks for ({@code Access-Control-Request-Method}).
 */
class ApiCors implements CorsConfigurationSource {

	private static final List<String> READ_METHODS = List.of("GET", "HEAD", "OPTIONS");

	/**
	 * The response headers a page of another origin may read, besides those every page
	 * may: the tag to revalidate with, where a write put its resource, a CSV's file name,
	 * and when to try again (a {@code 429} or {@code 503}) with the rate limit's headers
	 * ({@code security.RateLimiter} writes them), so that a page can pace itself; whether
	 * a write's answer is a replay of its {@code Idempotency-Key}, and the methods and
	 * patch types a resource takes ({@code Allow} of a 405 or an {@code OPTIONS},
	 * {@code Accept-Patch}).
	 */
	private static final List<String> EXPOSED = List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION,
			HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.RETRY_AFTER, "RateLimit-Limit", "RateLimit-Remaining",
			"RateLimit-Reset", "RateLimit-Policy", "Idempotent-Replayed", HttpHeaders.ALLOW, HttpHeaders.ACCEPT_PATCH);

	private static final Duration PREFLIGHT_MAX_AGE = Duration.ofHours(1);

	private final CorsConfiguration read;

	private final CorsConfiguration write;

	ApiCors(List<String> writeOrigins) {
		this.read = new CorsConfiguration();
		this.read.addAllowedOrigin(CorsConfiguration.ALL);
		this.read.setAllowedMethods(READ_METHODS);
		this.read.addAllowedHeader(CorsConfiguration.ALL);
		this.read.setExposedHeaders(EXPOSED);
		this.read.setAllowCredentials(false);
		this.read.setMaxAge(PREFLIGHT_MAX_AGE);
		this.write = new CorsConfiguration();
		this.write.setAllowedOrigins(List.copyOf(writeOrigins));
		this.write.setAllowedMethods(List.of("GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"));
		this.write.addAllowedHeader(CorsConfiguration.ALL);
		this.write.setExposedHeaders(EXPOSED);
		this.write.setAllowCredentials(false);
		this.write.setMaxAge(PREFLIGHT_MAX_AGE);
	}

	@Override
	public CorsConfiguration getCorsConfiguration(HttpServletRequest request) {
		String method = CorsUtils.isPreFlightRequest(request)
				? request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) : request.getMethod();
		return (method == null || READ_METHODS.contains(method.toUpperCase(Locale.ROOT))) ? this.read : this.write;
	}

}
