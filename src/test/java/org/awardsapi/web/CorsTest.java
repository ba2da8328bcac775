package org.awardsapi.web;

import org.awardsapi.cache.DataVersion;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * Any origin may read; only the configured origins may write; preflights are answered for
 * the method they ask about.
 */
@WebMvcTest(CorsTest.Reads.class)
@Import(CorsTest.Reads.class)
@TestPropertySource(properties = { "awards.cors.write-origins=https://editor.example.org", "awards.cache.max-age=60s" })
class CorsTest {

	private static final String ANY = "https://any.example.com";

	private static final String EDITOR = "https://editor.example.org";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	DataVersion dataVersion;

	@Test
	void anyOriginMayReadWithoutCredentialsAndSeeTheETag() {
		given(this.dataVersion.current()).willReturn(7L);
		assertThat(this.mvc.get().uri("/api/things").header(HttpHeaders.ORIGIN, ANY)).hasStatusOk()
			.hasHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
			.doesNotContainHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS)
			.hasHeader(HttpHeaders.ETAG, "\"v7\"")
			.hasHeader(HttpHeaders.CACHE_CONTROL, "max-age=60, must-revalidate, public")
			.headers()
			.hasValue(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
					"ETag, Location, Content-Disposition, Retry-After, RateLimit-Limit, RateLimit-Remaining, "
							+ "RateLimit-Reset, RateLimit-Policy, Idempotent-Replayed, Allow, Accept-Patch");
	}

	@Test
	void aPreflightOfAReadFromAnyOriginIsAllowed() {
		assertThat(this.mvc.options()
			.uri("/api/things")
			.header(HttpHeaders.ORIGIN, ANY)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "If-None-Match")).hasStatusOk()
			.hasHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
			.hasHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET,HEAD,OPTIONS")
			.hasHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, "If-None-Match")
			.hasHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "3600");
	}

	@Test
	void aPreflightOfAWriteFromAnotherOriginIsRefused() {
		assertThat(this.mvc.options()
			.uri("/api/things")
			.header(HttpHeaders.ORIGIN, ANY)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")).hasStatus(403)
			.doesNotContainHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

	@Test
	void aPreflightOfAWriteFromAWriteOriginIsAllowed() {
		assertThat(this.mvc.options()
			.uri("/api/things")
			.header(HttpHeaders.ORIGIN, EDITOR)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "DELETE")).hasStatusOk()
			.hasHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, EDITOR)
			.hasHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET,HEAD,OPTIONS,POST,PUT,PATCH,DELETE")
			.doesNotContainHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS);
	}

	@Test
	void aWriteFromAnotherOriginIsRefusedBeforeItReachesTheApi() {
		assertThat(this.mvc.post().uri("/api/things").header(HttpHeaders.ORIGIN, ANY)).hasStatus(403)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:awards-api:problem:cors-rejected");
		assertThat(this.mvc.post().uri("/api/things").header(HttpHeaders.ORIGIN, ANY)).bodyJson()
			.extractingPath("$.instance")
			.isEqualTo("/api/things");
	}

	@Test
	@org.springframework.security.test.context.support.WithMockUser(roles = "EDITOR")
	void aWriteFromAWriteOriginReachesTheApi() {
		assertThat(this.mvc.post().uri("/api/things").header(HttpHeaders.ORIGIN, EDITOR)).hasStatus(201)
			.hasHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, EDITOR);
	}

	@Test
	void aSameOriginRequestIsNotACorsRequest() {
		assertThat(this.mvc.get().uri("/api/things")).hasStatusOk()
			.doesNotContainHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

	/**
	 * A read and a write to ask about.
	 */
	@org.springframework.web.bind.annotation.RestController
	static class Reads {

		@org.springframework.web.bind.annotation.GetMapping("/api/things")
		java.util.List<String> things() {
			return java.util.List.of("a thing");
		}

		@org.springframework.web.bind.annotation.PostMapping("/api/things")
		@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
		void add() {
		}

	}

}
