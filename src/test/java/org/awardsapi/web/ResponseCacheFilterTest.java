package org.awardsapi.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import org.awardsapi.cache.DataVersion;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The response cache as a filter, without the application around it: which requests it
 * answers itself and which it passes on to the rest of the chain (Spring MVC).
 */
class ResponseCacheFilterTest {

	private static final String URI = "/api/films/anora-2024";

	private static final String TAG = "\"v7.1.3\"";

	private final AtomicInteger handled = new AtomicInteger();

	/** What Spring MVC and HttpCaching would answer: a 200 with its tag. */
	private final FilterChain handler = (request, response) -> {
		this.handled.incrementAndGet();
		HttpServletResponse http = (HttpServletResponse) response;
		http.setStatus(200);
		http.setContentType("application/json");
		http.setHeader(HttpHeaders.ETAG, TAG);
		http.setHeader(HttpHeaders.CACHE_CONTROL, "max-age=0, must-revalidate, public");
		http.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		// as the security filters and the rate limit set them
		http.setHeader("X-Content-Type-Options", "nosniff");
		http.setHeader("RateLimit-Remaining", "41");
		http.getOutputStream().write("{\"slug\":\"anora-2024\"}".getBytes(StandardCharsets.UTF_8));
	};

	private final ResponseCache cache;

	/** Whether the gate admits a request, and the statuses it was told of. */
	private boolean admits = true;

	private final List<Integer> settled = new ArrayList<>();

	private final HeldAnswerGate gate = (request, response) -> {
		if (!this.admits) {
			return null;
		}
		response.setHeader("RateLimit-Remaining", "40");
		return this.settled::add;
	};

	ResponseCacheFilterTest() {
		DataVersion version = mock(DataVersion.class);
		given(version.current()).willReturn(7L);
		this.cache = new ResponseCache(() -> version, () -> this.gate,
				new CacheProperties.Responses(true, DataSize.ofMegabytes(1), DataSize.ofKilobytes(64)));
	}

	@Test
	void aTagOfTheHeldAnswerIsA304FromTheCacheItself() throws Exception {
		get(null, null);
		assertThat(this.handled).hasValue(1);

		MockHttpServletResponse weak = get("W/" + TAG, null);
		MockHttpServletResponse strong = get(TAG, null);

		assertThat(this.handled).as("requests that reached the handler").hasValue(1);
		for (MockHttpServletResponse response : new MockHttpServletResponse[] { weak, strong }) {
			assertThat(response.getStatus()).isEqualTo(304);
			assertThat(response.getHeader(HttpHeaders.ETAG)).isEqualTo(TAG);
			assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("max-age=0, must-revalidate, public");
			assertThat(response.getHeaders(HttpHeaders.VARY)).containsExactly(HttpHeaders.ACCEPT);
			assertThat(response.getContentAsByteArray()).isEmpty();
			assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		}
		assertThat(this.settled).containsExactly(304, 304);
	}

	@Test
	void aHeldAnswerKeepsTheFiltersHeadersButNotThoseOfOneRequest() throws Exception {
		MockHttpServletResponse first = get(null, null);

		MockHttpServletResponse held = get(null, null);

		assertThat(this.handled).hasValue(1);
		assertThat(held.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
		assertThat(held.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(held.getHeaders("RateLimit-Remaining")).as("the gate's, not the first request's")
			.containsExactly("40");
		assertThat(this.settled).containsExactly(200);
	}

	@Test
	void aHeldAnswerTheGateDoesNotAdmitGoesOnToTheHandler() throws Exception {
		get(null, null);
		this.admits = false;

		assertThat(get(null, null).getStatus()).isEqualTo(200);
		assertThat(get(TAG, null).getStatus()).as("what the handler answers").isEqualTo(200);
		this.admits = true;
		get(null, null);

		assertThat(this.handled).as("the first and the two not admitted").hasValue(3);
		assertThat(this.settled).as("the held answer, still held").containsExactly(200);
	}

	@Test
	void aGetWithABodyGoesOnToTheHandler() throws Exception {
		get(null, null);
		MockHttpServletRequest request = new MockHttpServletRequest("GET", URI);
		request.setContent(new byte[] { '{', '}' });
		this.cache.doFilter(request, new MockHttpServletResponse(), this.handler);

		assertThat(this.handled).hasValue(2);
	}

	@Test
	void anAnswerOverHttpIsNotReplayedOverHttpsNorTheOtherWay() throws Exception {
		get(null, null);
		for (int i = 0; i < 2; i++) {
			// Strict-Transport-Security is sent over HTTPS only
			MockHttpServletRequest secure = new MockHttpServletRequest("GET", URI);
			secure.setSecure(true);
			this.cache.doFilter(secure, new MockHttpServletResponse(), this.handler);
		}
		get(null, null);

		assertThat(this.handled).as("the first over each, then each held").hasValue(2);
	}

	@Test
	void ifNoneMatchAnyOfAHeldAnswerIsA304FromTheCacheItself() throws Exception {
		get(null, null);

		MockHttpServletResponse any = get("*", null);

		assertThat(this.handled).hasValue(1);
		assertThat(any.getStatus()).isEqualTo(304);
		assertThat(any.getHeader(HttpHeaders.ETAG)).isEqualTo(TAG);
		assertThat(any.getContentAsByteArray()).isEmpty();
	}

	@Test
	void aHeadIsTheHeldAnswerWithItsLengthAndWithoutItsBody() throws Exception {
		byte[] body = get(null, null).getContentAsByteArray();

		MockHttpServletResponse head = exchange("HEAD", null, null);

		assertThat(this.handled).hasValue(1);
		assertThat(head.getStatus()).isEqualTo(200);
		assertThat(head.getHeader(HttpHeaders.ETAG)).isEqualTo(TAG);
		assertThat(head.getContentType()).isEqualTo("application/json");
		assertThat(head.getContentLength()).isEqualTo(body.length).isPositive();
		assertThat(head.getContentAsByteArray()).isEmpty();
	}

	@Test
	void aHeadNotHeldGoesOnToTheHandlerAndLeavesNoAnswer() throws Exception {
		exchange("HEAD", null, null);
		get(null, null);

		assertThat(this.handled).hasValue(2);
	}

	@Test
	void anyOtherConditionalRequestGoesOnToTheHandler() throws Exception {
		get(null, null);

		assertThat(get("\"v6.1.3\"", null).getStatus()).as("a tag of another version").isEqualTo(200);
		assertThat(get(TAG, "bytes=0-1").getStatus()).as("a range as well").isEqualTo(200);

		assertThat(this.handled).hasValue(3);
	}

	@Test
	void aTagOfAnAnswerNotHeldGoesOnToTheHandler() throws Exception {
		get(TAG, null);

		assertThat(this.handled).hasValue(1);
	}

	private MockHttpServletResponse get(String ifNoneMatch, String range) throws Exception {
		return exchange("GET", ifNoneMatch, range);
	}

	private MockHttpServletResponse exchange(String method, String ifNoneMatch, String range) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(method, URI);
		if (ifNoneMatch != null) {
			request.addHeader(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
		}
		if (range != null) {
			request.addHeader(HttpHeaders.RANGE, range);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.cache.doFilter(request, response, this.handler);
		return response;
	}

}
