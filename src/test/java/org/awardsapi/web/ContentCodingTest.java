package org.awardsapi.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which {@code Accept-Encoding} takes gzip (RFC 9110 §12.5.3).
 */
class ContentCodingTest {

	@ParameterizedTest(name = "[{index}] {0}")
	@CsvSource(delimiter = '|', nullValues = "none", textBlock = """
			none                               | IDENTITY
			''                                 | IDENTITY
			gzip                               | GZIP
			'gzip, deflate, br, zstd'          | GZIP
			GZip;q=0.5                         | GZIP
			'br;q=1.0, gzip;q=0.001'           | GZIP
			x-gzip                             | GZIP
			*                                  | GZIP
			'br, *;q=0.1'                      | GZIP
			'gzip;q=0, *'                      | IDENTITY
			gzip;q=0.000                       | IDENTITY
			'*;q=0'                            | IDENTITY
			'br, deflate'                      | IDENTITY
			identity                           | IDENTITY
			gzip;q=x                           | IDENTITY
			gzip;q=1.5                         | IDENTITY
			'gzip;q=junk, *'                   | GZIP
			'gzip;q=0.5, identity'             | IDENTITY
			'identity;q=0.9, gzip'             | GZIP
			'gzip, identity'                   | GZIP
			'identity;q=0, gzip;q=0.1'         | GZIP
			'*;q=0.5, gzip;q=0.3'              | IDENTITY
			'*;q=0.5, IDENTITY;q=0.1'          | GZIP
			junk                               | IDENTITY
			""")
	void gzipIsSentWhenTheClientTakesIt(String acceptEncoding, ContentCoding expected) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/films");
		if (acceptEncoding != null) {
			request.addHeader("Accept-Encoding", acceptEncoding);
		}

		assertThat(ContentCoding.of(request)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			br    | gzip  | GZIP
			gzip;q=0 | *  | IDENTITY
			""")
	void everyAcceptEncodingHeaderCounts(String first, String second, ContentCoding expected) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/films");
		request.addHeader("Accept-Encoding", first);
		request.addHeader("Accept-Encoding", second);

		assertThat(ContentCoding.of(request)).isEqualTo(expected);
	}

}
