package org.awardsapi.security;

import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.ServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which requests {@link BodySizeLimitFilter} counts as they are read: only a body of
 * unknown length (chunked, or streamed in HTTP/2). A declared length is checked before
 * the body is read, and Tomcat reads no more than it; a request without a body goes on as
 * it came ({@code BodyLimitTest} sends the bodies over HTTP).
 */
class BodySizeLimitFilterTest {

	private final BodySizeLimitFilter filter = new BodySizeLimitFilter(
			new BodyLimits(DataSize.ofBytes(100), DataSize.ofBytes(1000)));

	@Test
	void aRequestWithoutABodyGoesOnUnwrapped() throws Exception {
		MockHttpServletRequest get = new MockHttpServletRequest("GET", "/api/films/anora-2024");
		assertThat(passed(get)).isSameAs(get);
	}

	@Test
	void aBodyOfDeclaredLengthWithinTheLimitGoesOnUnwrapped() throws Exception {
		MockHttpServletRequest post = new MockHttpServletRequest("POST", "/api/sources");
		post.setContent(new byte[100]);
		assertThat(passed(post)).isSameAs(post);
	}

	@Test
	void aChunkedBodyIsCountedAsItIsRead() throws Exception {
		MockHttpServletRequest post = new MockHttpServletRequest("POST", "/api/sources");
		post.addHeader("Transfer-Encoding", "chunked");
		assertThat(passed(post)).isNotSameAs(post);
	}

	@Test
	void anHttp2BodyOfUnknownLengthIsCountedAsItIsRead() throws Exception {
		MockHttpServletRequest post = new MockHttpServletRequest("POST", "/api/sources");
		post.setProtocol("HTTP/2.0");
		assertThat(passed(post)).isNotSameAs(post);
	}

	@Test
	void aBodyOfDeclaredLengthOverTheLimitIsRefusedBeforeTheChain() throws Exception {
		MockHttpServletRequest post = new MockHttpServletRequest("POST", "/api/sources");
		post.setContent(new byte[101]);
		MockHttpServletResponse response = new MockHttpServletResponse();
		AtomicReference<ServletRequest> passed = new AtomicReference<>();
		this.filter.doFilter(post, response, (request, ignored) -> passed.set(request));
		assertThat(passed.get()).isNull();
		assertThat(response.getStatus()).isEqualTo(413);
	}

	private ServletRequest passed(MockHttpServletRequest request) throws Exception {
		AtomicReference<ServletRequest> passed = new AtomicReference<>();
		this.filter.doFilter(request, new MockHttpServletResponse(), (next, response) -> passed.set(next));
		return passed.get();
	}

}
