package org.awardsapi.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.filter.CorsFilter;

/**
 * CORS ({@link ApiCors}) for every path, before anything else, so that preflights, the
 * 304s of {@link HttpCaching} and the problems carry the same headers as any answer. A
 * request CORS refuses (a write from an origin not allowed to write) is a {@code 403}
 * problem, not Spring's plain-text "Invalid CORS request".
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiCorsFilter extends CorsFilter {

	ApiCorsFilter(CorsProperties properties) {
		super(new ApiCors(properties.writeOrigins()));
		setCorsProcessor(new ProblemCorsProcessor());
	}

	/**
	 * Spring's CORS rules, with a problem for a refusal.
	 */
	static final class ProblemCorsProcessor extends DefaultCorsProcessor {

		private static final JacksonJsonHttpMessageConverter converter = new JacksonJsonHttpMessageConverter(
				JsonMapper.builder());

		/** The path of the request being judged, for the problem's instance. */
		private static final ThreadLocal<String> path = new ThreadLocal<>();

		@Override
		public boolean processRequest(CorsConfiguration config, HttpServletRequest request,
				HttpServletResponse response) throws IOException {
			path.set(request.getRequestURI());
			try {
				return super.processRequest(config, request, response);
			}
			finally {
				path.remove();
			}
		}

		@Override
		protected void rejectRequest(ServerHttpResponse response) throws IOException {
			response.setStatusCode(HttpStatus.FORBIDDEN);
			ProblemDetail problem = ProblemTypes.problem(HttpStatus.FORBIDDEN, "cors-rejected",
					"Cross-origin request refused",
					"This origin may not make this request: any origin may read, only the configured ones may write.");
			try {
				problem.setInstance((path.get() != null) ? URI.create(path.get()) : null);
			}
			catch (IllegalArgumentException notAUri) {
				// leave the instance out
			}
			converter.write(problem, MediaType.APPLICATION_PROBLEM_JSON, response);
			response.flush();
		}

	}

}
