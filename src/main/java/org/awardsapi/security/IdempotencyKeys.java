package org.awardsapi.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The table {@code idempotency_key}: for each user and key, the hash of the first request
 * and, once it has finished, its response. Each statement commits on its own: a key is
 * claimed before its request runs, so that every instance sees it taken.
 */
class IdempotencyKeys {

	private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);

	private final JdbcClient jdbc;

	private final IdempotencyProperties properties;

	private final Clock clock;

	IdempotencyKeys(JdbcClient jdbc, IdempotencyProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Claims the key for a request, unless a live earlier request holds it.
	 * @param principal the user
	 * @param key the {@code Idempotency-Key}
	 * @param hash the hash of the request
	 * @return what to do with the request
	 */
	Claim claim(String principal, String key, String hash) {
		for (int attempt = 0; attempt < 3; attempt++) {
			OffsetDateTime now = now();
			if (insert(principal, key, hash, now)) {
				return new Claim(Outcome.RUN, null);
			}
			Optional<Stored> found = find(principal, key);
			if (found.isEmpty()) {
				continue;
			}
			Stored stored = found.get();
			boolean expired = stored.createdAt().isBefore(now.minus(this.properties.ttl()));
			boolean abandoned = stored.status() == null
					&& stored.createdAt().isBefore(now.minus(this.properties.inProgressTimeout()));
			if (expired || abandoned) {
				if (takeOver(principal, key, stored.createdAt(), hash, now)) {
					return new Claim(Outcome.RUN, null);
				}
				continue;
			}
			if (!stored.requestHash().equals(hash)) {
				return new Claim(Outcome.REUSED, null);
			}
			if (stored.status() == null) {
				return new Claim(Outcome.IN_PROGRESS, null);
			}
			return new Claim(Outcome.REPLAY, stored);
		}
		return new Claim(Outcome.IN_PROGRESS, null);
	}

	/**
	 * Keeps the response of the request that claimed the key.
	 */
	void complete(String principal, String key, int status, String contentType, String location, String etag,
			byte[] body) {
		this.jdbc
			.sql("update idempotency_key set status = ?, content_type = ?, location = ?, etag = ?, body = ? "
					+ "where principal = ? and idempotency_key = ?")
			.params(status, contentType, location, etag, body, principal, key)
			.update();
	}

	/**
	 * Frees the key of a request that did not succeed, so that a retry runs again.
	 */
	void release(String principal, String key) {
		this.jdbc.sql("delete from idempotency_key where principal = ? and idempotency_key = ? and status is null")
			.params(principal, key)
			.update();
	}

	/**
	 * Deletes the keys older than the retention. Every instance runs it; that is
	 * harmless.
	 * @return how many were deleted
	 */
	@Scheduled(fixedDelayString = "${awards.idempotency.purge-interval:1h}")
	int purge() {
		int deleted = this.jdbc.sql("delete from idempotency_key where created_at < ?")
			.param(now().minus(this.properties.ttl()))
			.update();
		if (deleted > 0) {
			log.info("Purged {} idempotency keys older than {}", deleted, this.properties.ttl());
		}
		return deleted;
	}

	Optional<Stored> find(String principal, String key) {
		return this.jdbc
			.sql("select request_hash, status, content_type, location, etag, body, created_at from idempotency_key "
					+ "where principal = ? and idempotency_key = ?")
			.params(principal, key)
			.query((rs, row) -> new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getBytes(6), rs.getObject(7, OffsetDateTime.class)))
			.optional();
	}

	private boolean insert(String principal, String key, String hash, OffsetDateTime now) {
		try {
			this.jdbc
				.sql("insert into idempotency_key (principal, idempotency_key, request_hash, created_at) "
						+ "values (?, ?, ?, ?)")
				.params(principal, key, hash, now)
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private boolean takeOver(String principal, String key, OffsetDateTime createdAt, String hash, OffsetDateTime now) {
		return this.jdbc
			.sql("update idempotency_key set request_hash = ?, created_at = ?, status = null, content_type = null, "
					+ "location = null, etag = null, body = null "
					+ "where principal = ? and idempotency_key = ? and created_at = ?")
			.params(hash, now, principal, key, createdAt)
			.update() == 1;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

	/**
	 * What the filter does with a request.
	 */
	enum Outcome {

		/** The key is this request's: run it and keep its response. */
		RUN,

		/** The key's first request has finished: answer its response again. */
		REPLAY,

		/** The key was first used for another request: 422. */
		REUSED,

		/** The key's first request is still running: 409. */
		IN_PROGRESS

	}

	/**
	 * The outcome of a claim, with the stored response to replay.
	 */
	record Claim(Outcome outcome, Stored stored) {

	}

	/**
	 * One row.
	 */
	record Stored(String requestHash, Integer status, String contentType, String location, String etag, byte[] body,
			OffsetDateTime createdAt) {

	}

}
