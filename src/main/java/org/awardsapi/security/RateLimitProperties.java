package org.awardsapi.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Request rates per client ({@code awards.rate-limit.*}): a token bucket per client for
 * reads and a smaller one for writes, held in the memory of each instance.
 *
 * @param enabled whether requests are limited at all
 * @param capacity the burst of reads a client may make at once
 * @param refillPerMinute reads per minute once the burst is spent
 * @param writes the limit of writes (every method but GET, HEAD and OPTIONS)
 * @param maxClients how many clients' buckets an instance keeps at most (the least
 * recently seen are dropped first, as are buckets idle long enough to be full again)
 */
@Validated
@ConfigurationProperties("awards.rate-limit")
record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("120") @Positive long capacity,
		@DefaultValue("120") @Positive long refillPerMinute, @DefaultValue @Valid Limit writes,
		@DefaultValue("100000") @Positive long maxClients) {

	Limit reads() {
		return new Limit(this.capacity, this.refillPerMinute);
	}

	/**
	 * One limit.
	 *
	 * @param capacity the burst a client may make at once
	 * @param refillPerMinute requests per minute once the burst is spent
	 */
	record Limit(@DefaultValue("30") @Positive long capacity, @DefaultValue("30") @Positive long refillPerMinute) {

	}

}
