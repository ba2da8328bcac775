package org.awardsapi.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.CorsFilter;

/**
 * CORS ({@link ApiCors}) for every path, before anything else, so that preflights, the
 * 304s of {@link HttpCaching} and the problems carry the same headers as any answer.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiCorsFilter extends CorsFilter {

	ApiCorsFilter(CorsProperties properties) {
		super(new ApiCors(properties.writeOrigins()));
	}

}
