package org.awardsapi.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Any origin may read the API from a browser: {@code GET}, {@code HEAD} and their
 * preflights, without credentials. Writes are not opened to other origins here.
 * <p>
 * A minimal stand-in so that the web page's browser test can prove CORS; the full CORS
 * configuration (readers and configured writers) supersedes it.
 */
@Configuration(proxyBeanMethods = false)
class ReadOnlyCors implements WebMvcConfigurer {

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping("/api/**")
			.allowedOrigins("*")
			.allowedMethods("GET", "HEAD", "OPTIONS")
			.allowedHeaders("*")
			.allowCredentials(false)
			.maxAge(3600);
	}

}
