package org.awardsapi.web;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@link Compression} does when an answer it began to compress is replaced before it
 * is sent (a handler's body that failed half-way, and a problem written instead).
 */
class CompressionFilterTest {

	private static final byte[] READ = "{\"content\":[".repeat(50).getBytes(StandardCharsets.UTF_8);

	private static final byte[] PROBLEM = "{\"type\":\"urn:awards-api:problem:internal-error\"}"
		.getBytes(StandardCharsets.UTF_8);

	@Test
	void aTaggedReadIsCompressed() throws Exception {
		MockHttpServletResponse response = filter((request, answer) -> {
			request.setAttribute(ContentCoding.ATTRIBUTE, ContentCoding.GZIP);
			answer.setContentLength(READ.length);
			answer.getOutputStream().write(READ);
		});

		assertThat(response.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(response.getHeader("Content-Length")).isNull();
		assertThat(CompressionTest.gunzip(response.getContentAsByteArray())).isEqualTo(READ);
	}

	@Test
	void anAnswerResetWholeIsSentAsItIs() throws Exception {
		MockHttpServletResponse response = filter((request, answer) -> {
			request.setAttribute(ContentCoding.ATTRIBUTE, ContentCoding.GZIP);
			answer.getOutputStream().write(READ);
			answer.reset();
			answer.setContentLength(PROBLEM.length);
			answer.getOutputStream().write(PROBLEM);
		});

		assertThat(response.getHeader("Content-Encoding")).isNull();
		assertThat(response.getContentLength()).isEqualTo(PROBLEM.length);
		assertThat(response.getContentAsByteArray()).isEqualTo(PROBLEM);
	}

	@Test
	void aBodyResetAloneIsCompressedAnewUnderTheGzipItsHeadersStillName() throws Exception {
		MockHttpServletResponse response = filter((request, answer) -> {
			request.setAttribute(ContentCoding.ATTRIBUTE, ContentCoding.GZIP);
			answer.getOutputStream().write(READ);
			answer.resetBuffer();
			answer.getOutputStream().write(PROBLEM);
		});

		assertThat(response.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(CompressionTest.gunzip(response.getContentAsByteArray())).isEqualTo(PROBLEM);
	}

	@Test
	void anUntaggedAnswerIsSentAsItIs() throws Exception {
		MockHttpServletResponse response = filter((request, answer) -> {
			answer.setContentLength(PROBLEM.length);
			answer.getOutputStream().write(PROBLEM);
		});

		assertThat(response.getHeader("Content-Encoding")).isNull();
		assertThat(response.getContentLength()).isEqualTo(PROBLEM.length);
		assertThat(response.getContentAsByteArray()).isEqualTo(PROBLEM);
	}

	private static MockHttpServletResponse filter(FilterChain chain) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/films");
		request.addHeader("Accept-Encoding", "gzip");
		MockHttpServletResponse response = new MockHttpServletResponse();
		new Compression().doFilter(request, response, chain);
		return response;
	}

}
