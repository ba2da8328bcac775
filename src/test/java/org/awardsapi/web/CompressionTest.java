package org.awardsapi.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

import org.awardsapi.ApiIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * gzip for a client that takes it, with a tag of its own; the same answer, uncompressed,
 * for one that does not. The response cache is off in this context: every answer here is
 * compressed as it is written ({@code ResponseCacheTest} has the held ones).
 */
@ApiIntegrationTest
class CompressionTest {

	private static final String GZIP = "gzip, deflate, br";

	RestTestClient client;

	@BeforeEach
	void clientThatShowsTheBytesAsSent(@LocalServerPort int port) {
		this.client = bytesAsSent(port);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/films?size=100", "/api/films/anora-2024", "/api/films?format=csv",
			"/api/ceremonies/oscars-97/wins-by-person", "/api/stats/wins-by-person-per-ceremony?minWins=2" })
	void aReadIsTheSameAnswerGzipCompressedWithATagOfItsOwn(String uri) {
		EntityExchangeResult<byte[]> plain = get(uri, null, null, HttpStatus.OK);
		EntityExchangeResult<byte[]> gzipped = get(uri, GZIP, null, HttpStatus.OK);

		HttpHeaders headers = gzipped.getResponseHeaders();
		assertThat(headers.getFirst(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
		assertThat(plain.getResponseHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).isNull();
		assertThat(gunzip(gzipped.getResponseBody())).isEqualTo(plain.getResponseBody());
		String tag = plain.getResponseHeaders().getETag();
		assertThat(headers.getETag()).isEqualTo(tag.substring(0, tag.length() - 1) + "-gzip\"");
		assertThat(headers.getContentType()).isEqualTo(plain.getResponseHeaders().getContentType());
		assertThat(headers.getCacheControl()).isEqualTo(plain.getResponseHeaders().getCacheControl());
		// both answers say what they depend on, so that a shared cache keeps them apart
		assertThat(headers.getVary()).contains("Accept", "Accept-Encoding");
		assertThat(plain.getResponseHeaders().getVary()).contains("Accept", "Accept-Encoding");
	}

	@Test
	void aLargeAnswerIsMuchSmaller() {
		String uri = "/api/nominations?ceremony=oscars-97&size=200";
		int plain = get(uri, null, null, HttpStatus.OK).getResponseBody().length;
		int gzipped = get(uri, GZIP, null, HttpStatus.OK).getResponseBody().length;

		assertThat(gzipped).isLessThan(plain / 4);
	}

	@Test
	void aTagValidatesOnlyItsOwnCoding() {
		String uri = "/api/films/anora-2024";
		String plain = get(uri, null, null, HttpStatus.OK).getResponseHeaders().getETag();
		String gzipped = get(uri, GZIP, null, HttpStatus.OK).getResponseHeaders().getETag();

		HttpHeaders notModified = get(uri, GZIP, gzipped, HttpStatus.NOT_MODIFIED).getResponseHeaders();
		assertThat(notModified.getETag()).isEqualTo(gzipped);
		assertThat(notModified.getVary()).contains("Accept-Encoding");
		assertThat(get(uri, null, plain, HttpStatus.NOT_MODIFIED).getResponseHeaders().getETag()).isEqualTo(plain);
		// the client holds the other coding's bytes: it gets the coding it asks for now
		assertThat(get(uri, GZIP, plain, HttpStatus.OK).getResponseHeaders().getETag()).isEqualTo(gzipped);
		assertThat(get(uri, null, gzipped, HttpStatus.OK).getResponseHeaders().getETag()).isEqualTo(plain);
	}

	@Test
	void aHeadSaysWhatTheGetSends() {
		String uri = "/api/films/anora-2024";
		HttpHeaders get = get(uri, GZIP, null, HttpStatus.OK).getResponseHeaders();
		HttpHeaders head = this.client.head()
			.uri(uri)
			.header(HttpHeaders.ACCEPT_ENCODING, GZIP)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult()
			.getResponseHeaders();

		assertThat(head.getETag()).isEqualTo(get.getETag());
		assertThat(head.getFirst(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/v3/api-docs", "/swagger-ui/swagger-ui-bundle.js", "/js/app.js", "/app.css" })
	void theDocumentsAndTheWebPagesFilesAreCompressedByTomcat(String uri) {
		EntityExchangeResult<byte[]> plain = get(uri, null, null, HttpStatus.OK);
		EntityExchangeResult<byte[]> gzipped = get(uri, GZIP, null, HttpStatus.OK);

		assertThat(gzipped.getResponseHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
		assertThat(gunzip(gzipped.getResponseBody())).isEqualTo(plain.getResponseBody());
		assertThat(gzipped.getResponseHeaders().getVary()).contains("accept-encoding");
	}

	@Test
	void theOpenApiDocumentsWeakTagLetsTomcatCompressItAndRevalidatesTheGzipBytes() {
		EntityExchangeResult<byte[]> plain = get("/v3/api-docs", null, null, HttpStatus.OK);
		EntityExchangeResult<byte[]> gzipped = get("/v3/api-docs", GZIP, null, HttpStatus.OK);
		String tag = plain.getResponseHeaders().getETag();

		assertThat(tag).startsWith("W/");
		assertThat(gzipped.getResponseHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
		assertThat(gzipped.getResponseHeaders().getETag()).isEqualTo(tag);
		EntityExchangeResult<byte[]> revalidated = get("/v3/api-docs", GZIP, tag, HttpStatus.NOT_MODIFIED);
		assertThat(revalidated.getResponseBody()).isNullOrEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/films/no-such-film", "/api/films?size=0", "/api/nowhere" })
	void aProblemIsSentAsItIs(String uri) {
		EntityExchangeResult<byte[]> problem = this.client.get()
			.uri(uri)
			.header(HttpHeaders.ACCEPT_ENCODING, GZIP)
			.exchange()
			.expectStatus()
			.is4xxClientError()
			.expectBody()
			.returnResult();

		assertThat(problem.getResponseHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).isNull();
		assertThat(new String(problem.getResponseBody())).contains("\"type\"");
	}

	private EntityExchangeResult<byte[]> get(String uri, String acceptEncoding, String ifNoneMatch, HttpStatus status) {
		return this.client.get().uri(uri).headers((headers) -> {
			if (acceptEncoding != null) {
				headers.set(HttpHeaders.ACCEPT_ENCODING, acceptEncoding);
			}
			if (ifNoneMatch != null) {
				headers.set(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
			}
		}).exchange().expectStatus().isEqualTo(status).expectBody().returnResult();
	}

	/**
	 * A client that sends no {@code Accept-Encoding} of its own and leaves a gzip body as
	 * it came (Spring's JDK client would unpack it, and drop {@code Content-Encoding}).
	 */
	static RestTestClient bytesAsSent(int port) {
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory();
		requests.enableCompression(false);
		return RestTestClient.bindToServer(requests).baseUrl("http://localhost:" + port).build();
	}

	static byte[] gunzip(byte[] body) {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
