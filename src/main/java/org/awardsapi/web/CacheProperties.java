package org.awardsapi.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * HTTP caching ({@code awards.cache.*}).
 *
 * @param maxAge how long a client or cache may reuse an answer without asking again
 * ({@code Cache-Control: max-age}); 0 by default: always revalidate, which costs a 304
 * @param versionRefresh how often each instance reads the data version from the database,
 * and so how soon it sees another instance's write (1 second by default; read by
 * {@link org.awardsapi.cache.DataVersion})
 */
@ConfigurationProperties("awards.cache")
record CacheProperties(@DefaultValue("0s") Duration maxAge, @DefaultValue("1s") Duration versionRefresh) {

}
