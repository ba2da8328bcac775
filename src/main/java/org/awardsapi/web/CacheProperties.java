package org.awardsapi.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * HTTP caching ({@code awards.cache.*}).
 *
 * @param maxAge how long a client or cache may reuse an answer without asking again
 * ({@code Cache-Control: max-age}); 0 by default: always revalidate, which costs a 304
 * @param versionRefresh how often each instance reads the data version from the database,
 * and so how soon it sees another instance's write (1 second by default; read by
 * {@link org.awardsapi.cache.DataVersion})
 * @param responses the server's own cache of whole answers ({@link ResponseCache})
 */
@ConfigurationProperties("awards.cache")
record CacheProperties(@DefaultValue("0s") Duration maxAge, @DefaultValue("1s") Duration versionRefresh,
		@DefaultValue Responses responses) {

	/**
	 * The cache of whole answers ({@code awards.cache.responses.*}).
	 *
	 * @param enabled whether answers are kept and replayed (on by default); off, every
	 * request runs its queries
	 * @param maxSize the bodies it may hold in all (32 MB by default)
	 * @param maxEntrySize the largest body it keeps (1 MB by default): a larger answer,
	 * such as a CSV of every nomination, is streamed every time
	 */
	record Responses(@DefaultValue("true") boolean enabled, @DefaultValue("32MB") DataSize maxSize,
			@DefaultValue("1MB") DataSize maxEntrySize) {

	}

}
