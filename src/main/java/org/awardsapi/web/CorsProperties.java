package org.awardsapi.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Cross-origin requests ({@code awards.cors.*}). Any origin may read.
 *
 * @param writeOrigins the origins allowed to write (POST, PUT, PATCH, DELETE), such as
 * {@code https://editor.example.org}; none by default
 */
@ConfigurationProperties("awards.cors")
record CorsProperties(List<String> writeOrigins) {

	CorsProperties {
		writeOrigins = (writeOrigins != null) ? List.copyOf(writeOrigins) : List.of();
	}

}
