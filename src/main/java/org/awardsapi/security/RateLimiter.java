package org.awardsapi.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.awardsapi.web.ProblemTypes;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Token buckets per client, in this instance's memory: one for reads and one for writes,
 * each client named by the user it authenticated as, or else by its remote address.
 * <p>
 * A request costs two half-tokens before it runs; a {@code 304 Not Modified} gives one
 * back, so a revalidation costs half a full read. The {@code RateLimit-*} headers
 * (draft-ietf-httpapi-ratelimit-headers) count whole requests. Buckets live in a Caffeine
 * cache bounded in size, and a bucket left alone long enough to be full again is dropped:
 * forgetting it changes nothing.
 */
class RateLimiter {

	/** Marks a request that has been charged, so that nothing charges it twice. */
	static final String CHARGED = RateLimiter.class.getName() + ".CHARGED";

	static final String LIMIT = "RateLimit-Limit";

	static final String REMAINING = "RateLimit-Remaining";

	static final String RESET = "RateLimit-Reset";

	static final String POLICY = "RateLimit-Policy";

	/**
	 * Half-tokens per request: the bucket counts in halves so that a 304 can cost one.
	 */
	private static final long UNITS = 2;

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

	private final RateLimitProperties properties;

	private final TimeMeter time;

	private final Buckets reads;

	private final Buckets writes;

	RateLimiter(RateLimitProperties properties, TimeMeter time) {
		this.properties = properties;
		this.time = time;
		this.reads = new Buckets("reads", properties.reads(), properties.maxClients());
		this.writes = new Buckets("writes", properties.writes(), properties.maxClients());
	}

	boolean enabled() {
		return this.properties.enabled();
	}

	/**
	 * Charges the request to its client, sets the {@code RateLimit-*} headers and, when
	 * the client is over its limit, answers {@code 429} with {@code Retry-After}.
	 * @param request the request
	 * @param response its response
	 * @param authentication who the client authenticated as, or {@code null}
	 * @return the charge, to {@link #settle} once the response is known; {@code null}
	 * when the request was refused (and answered) or is not limited
	 * @throws IOException if the 429 cannot be written
	 */
	Charge charge(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException {
		if (!enabled() || request.getAttribute(CHARGED) != null) {
			return null;
		}
		request.setAttribute(CHARGED, Boolean.TRUE);
		Buckets buckets = READS.contains(request.getMethod()) ? this.reads : this.writes;
		Bucket bucket = buckets.of(client(request, authentication));
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(UNITS);
		headers(response, buckets, probe);
		if (probe.isConsumed()) {
			return new Charge(bucket);
		}
		long retryAfter = Math.max(1, seconds(probe.getNanosToWaitForRefill()));
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
		ProblemDetail problem = ProblemTypes.problem(HttpStatus.TOO_MANY_REQUESTS, "This client has made more "
				+ buckets.name + " than its limit (" + buckets.policy + "); try again in " + retryAfter + " s.");
		Problems.write(problem, request, response);
		return null;
	}

	/**
	 * Charges a read without credentials that the response cache answers ahead of the
	 * security filters ({@link AnonymousReads}) and sets the {@code RateLimit-*} headers.
	 * Over the limit it takes and sets nothing: the request then goes through the
	 * filters, whose {@link RateLimitFilter} answers the {@code 429}.
	 * @param request the request
	 * @param response its response
	 * @return the charge ({@link Charge#FREE} when limits are off); {@code null} when the
	 * client is over its limit
	 */
	@Nullable Charge chargeHeldRead(HttpServletRequest request, HttpServletResponse response) {
		if (!enabled()) {
			return Charge.FREE;
		}
		Bucket bucket = this.reads.of(client(request, null));
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(UNITS);
		if (!probe.isConsumed()) {
			return null;
		}
		headers(response, this.reads, probe);
		return new Charge(bucket);
	}

	private static void headers(HttpServletResponse response, Buckets buckets, ConsumptionProbe probe) {
		response.setHeader(LIMIT, Long.toString(buckets.limit.capacity()));
		response.setHeader(REMAINING, Long.toString(probe.getRemainingTokens() / UNITS));
		response.setHeader(RESET, Long.toString(seconds(probe.getNanosToWaitForReset())));
		response.setHeader(POLICY, buckets.policy);
	}

	/**
	 * Gives half a request back when the answer was a {@code 304 Not Modified}.
	 * @param charge what {@link #charge} took, or {@code null}
	 * @param status the status of the response
	 */
	void settle(Charge charge, int status) {
		if (charge != null && charge.bucket != null && status == HttpStatus.NOT_MODIFIED.value()) {
			charge.bucket.addTokens(1);
		}
	}

	private static String client(HttpServletRequest request, Authentication authentication) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "user:" + authentication.getName();
		}
		return "address:" + request.getRemoteAddr();
	}

	private static long seconds(long nanos) {
		return (nanos + 999_999_999L) / 1_000_000_000L;
	}

	/**
	 * What a request took from a bucket.
	 */
	static final class Charge {

		/** Nothing taken: limits are off. */
		static final Charge FREE = new Charge(null);

		private final @Nullable Bucket bucket;

		private Charge(@Nullable Bucket bucket) {
			this.bucket = bucket;
		}

	}

	/**
	 * The buckets of one limit, by client.
	 */
	private final class Buckets {

		private final String name;

		private final RateLimitProperties.Limit limit;

		private final String policy;

		private final Cache<String, Bucket> cache;

		Buckets(String name, RateLimitProperties.Limit limit, long maxClients) {
			this.name = name;
			this.limit = limit;
			Duration toFill = Duration.ofSeconds(
					Math.max(1, (limit.capacity() * 60 + limit.refillPerMinute() - 1) / limit.refillPerMinute()));
			this.policy = limit.capacity() + ";w=" + toFill.toSeconds() + ";comment=\"" + name + "\"";
			this.cache = Caffeine.newBuilder().maximumSize(maxClients).expireAfterAccess(toFill).build();
		}

		Bucket of(String client) {
			return this.cache.get(client,
					(key) -> Bucket.builder()
						.addLimit((bandwidth) -> bandwidth.capacity(this.limit.capacity() * UNITS)
							.refillGreedy(this.limit.refillPerMinute() * UNITS, Duration.ofMinutes(1)))
						.withCustomTimePrecision(RateLimiter.this.time)
						.build());
		}

	}

}
