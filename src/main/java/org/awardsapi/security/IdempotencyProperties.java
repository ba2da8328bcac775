package org.awardsapi.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code Idempotency-Key} on {@code POST} ({@code awards.idempotency.*}).
 *
 * @param ttl how long a key's first response is replayed; older keys are ignored and
 * purged
 * @param inProgressTimeout how long a first request may be running before its key is
 * taken to be abandoned (its instance stopped mid-request) and a retry may run again
 * @param purgeInterval how often each instance deletes keys older than {@code ttl}
 */
@ConfigurationProperties("awards.idempotency")
record IdempotencyProperties(@DefaultValue("24h") Duration ttl, @DefaultValue("5m") Duration inProgressTimeout,
		@DefaultValue("1h") Duration purgeInterval) {

}
