package org.awardsapi.security;

import io.github.bucket4j.TimeMeter;
import org.awardsapi.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * Rate limits, in a context of their own with a small burst (4 reads, 2 writes, then one
 * of each per minute) and a clock that stands still, so that nothing refills while the
 * test runs. Each test is a client of its own (its own remote address).
 */
@SpringBootTest(properties = { "awards.seed.enabled=false", "awards.rate-limit.capacity=4",
		"awards.rate-limit.refill-per-minute=1", "awards.rate-limit.writes.capacity=2",
		"awards.rate-limit.writes.refill-per-minute=1", "awards.cache.responses.enabled=true" })
@AutoConfigureMockMvc
@Import(RateLimitTest.FrozenTime.class)
class RateLimitTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void readsAreLimitedAfterTheBurstWithA429AndRetryAfter() {
		for (int i = 3; i >= 0; i--) {
			assertThat(read("/api/test-read", "10.0.0.1")).hasStatusOk()
				.hasHeader("RateLimit-Limit", "4")
				.hasHeader("RateLimit-Remaining", Integer.toString(i))
				.hasHeader("RateLimit-Policy", "4;w=240;comment=\"reads\"");
		}
		assertThat(read("/api/test-read", "10.0.0.1")).hasStatus(429)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.hasHeader("Retry-After", "60")
			.hasHeader("RateLimit-Remaining", "0")
			.hasHeader("RateLimit-Reset", "240")
			.bodyJson()
			.hasPathSatisfying("$.type",
					(type) -> type.assertThat().isEqualTo("urn:awards-api:problem:too-many-requests"));
		assertThat(read("/api/test-read", "10.0.0.99")).as("another client").hasStatusOk();
	}

	@Test
	void writesHaveASmallerBucketOfTheirOwn() {
		assertThat(write("10.0.0.2", null)).hasStatus(401).hasHeader("RateLimit-Limit", "2");
		assertThat(write("10.0.0.2", null)).hasStatus(401);
		assertThat(write("10.0.0.2", null)).hasStatus(429).hasHeader("Retry-After", "60");
		assertThat(read("/api/test-read", "10.0.0.2")).as("reads are counted apart").hasStatusOk();
	}

	@Test
	void aNotModifiedCostsHalfAFullRead() {
		int full = 0;
		while (read("/api/test-read", "10.0.0.3").getResponse().getStatus() == 200) {
			full++;
		}
		int notModified = 0;
		while (read("/api/test-not-modified", "10.0.0.4").getResponse().getStatus() == 304) {
			notModified++;
		}
		assertThat(full).isEqualTo(4);
		assertThat(notModified).as("each costs half a read; the last needs a whole one up front").isEqualTo(7);
	}

	@Test
	void anAnswerTheResponseCacheHoldsIsChargedAndLimitedAsAnyOther() {
		for (int i = 3; i >= 0; i--) {
			// the first from Spring MVC, the others held
			assertThat(read("/api/awards", "10.0.0.8")).hasStatusOk()
				.hasHeader("RateLimit-Remaining", Integer.toString(i))
				.hasHeader("RateLimit-Policy", "4;w=240;comment=\"reads\"");
		}
		assertThat(read("/api/awards", "10.0.0.8")).hasStatus(429)
			.hasHeader("Retry-After", "60")
			.hasHeader("RateLimit-Remaining", "0");
	}

	@Test
	void aNotModifiedFromTheResponseCacheCostsHalfAFullRead() {
		String etag = read("/api/awards", "10.0.0.9").getResponse().getHeader("ETag");
		int notModified = 0;
		while (read("/api/awards", "10.0.0.9", (request) -> {
			request.addHeader("If-None-Match", etag);
			return request;
		}).getResponse().getStatus() == 304) {
			notModified++;
		}
		assertThat(notModified).as("three reads left, each 304 half of one, the last needs a whole one up front")
			.isEqualTo(5);
	}

	@Test
	void aSignedInClientIsCountedByNameWhateverItsAddress() {
		for (int i = 0; i < 4; i++) {
			assertThat(read("/api/test-read", "10.0.1." + i, httpBasic(TestUsers.READER, TestUsers.READER_PASSWORD)))
				.hasStatusOk();
		}
		assertThat(read("/api/test-read", "10.0.1.9", httpBasic(TestUsers.READER, TestUsers.READER_PASSWORD)))
			.hasStatus(429);
		assertThat(read("/api/test-read", "10.0.1.9")).as("anonymous from there: by address").hasStatusOk();
	}

	@Test
	void wrongPasswordsAreCountedAgainstTheAddress() {
		RequestPostProcessor wrong = httpBasic(TestUsers.EDITOR, "guess");
		assertThat(write("10.0.0.7", wrong)).hasStatus(401);
		assertThat(write("10.0.0.7", wrong)).hasStatus(401);
		assertThat(write("10.0.0.7", wrong)).hasStatus(429);
	}

	@Test
	void healthProbesAreNeverLimited() {
		for (int i = 0; i < 10; i++) {
			assertThat(read("/actuator/health/liveness", "10.0.0.5")).hasStatusOk()
				.doesNotContainHeader("RateLimit-Limit");
		}
	}

	private MvcTestResult read(String path, String address, RequestPostProcessor... more) {
		return this.mvc.get().uri(path).with(from(address)).with(all(more)).exchange();
	}

	private MvcTestResult write(String address, RequestPostProcessor credentials) {
		return this.mvc.post()
			.uri("/api/test-echo")
			.contentType(MediaType.TEXT_PLAIN)
			.content("x")
			.with(from(address))
			.with(all((credentials != null) ? new RequestPostProcessor[] { credentials } : new RequestPostProcessor[0]))
			.exchange();
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static RequestPostProcessor all(RequestPostProcessor... processors) {
		return (request) -> {
			for (RequestPostProcessor processor : processors) {
				request = processor.postProcessRequest(request);
			}
			return request;
		};
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FrozenTime {

		@Bean
		TimeMeter frozenTime() {
			return new TimeMeter() {

				@Override
				public long currentTimeNanos() {
					return 1_000_000_000_000L;
				}

				@Override
				public boolean isWallClockBased() {
					return false;
				}

			};
		}

	}

}
