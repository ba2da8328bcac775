package org.awardsapi.web;

import java.util.List;

import javax.sql.DataSource;
import org.awardsapi.ApiIntegrationTest;
import org.awardsapi.SqlStatements;
import org.awardsapi.cache.DataVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ETags from the data version, Cache-Control, and 304s that never touch the database.
 */
@ApiIntegrationTest
class HttpCachingTest {

	private static final String CACHE_CONTROL = "max-age=0, must-revalidate, public";

	@Autowired
	RestTestClient client;

	@Autowired
	DataVersion dataVersion;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "/api/awards", "/api/ceremonies/oscars-97/wins-by-person",
			"/api/stats/wins-by-person-per-ceremony?minWins=4", "/api/nominations?person=sean-baker" })
	void aListIsTaggedWithTheDataVersion(String uri) {
		HttpHeaders headers = get(uri, null, HttpStatus.OK);
		assertThat(headers.getETag()).isEqualTo("\"v" + this.dataVersion.current() + "\"");
		assertThat(headers.getCacheControl()).isEqualTo(CACHE_CONTROL);
		assertThat(headers.getVary()).contains("Accept", "Origin");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/awards/oscars", "/api/ceremonies/oscars-97", "/api/films/anora-2024",
			"/api/people/sean-baker", "/api/sources/academy-97th-academy-awards" })
	void aSingleResourceIsTaggedWithTheDataVersionAndItsOwnVersion(String uri) {
		HttpHeaders headers = get(uri, null, HttpStatus.OK);
		assertThat(headers.getETag()).matches("\"v" + this.dataVersion.current() + "\\.\\d+\\.\\d+\"");
		assertThat(headers.getCacheControl()).isEqualTo(CACHE_CONTROL);
	}

	@Test
	void csvHasATagOfItsOwn() {
		assertThat(get("/api/films?format=csv", null, HttpStatus.OK).getETag())
			.isEqualTo("\"v" + this.dataVersion.current() + "-csv\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/films", "/api/films/anora-2024", "/api/ceremonies/oscars-97/wins-by-person?size=1",
			"/api/people?q=baker&format=csv" })
	void ifNoneMatchWithTheCurrentTagIsA304WithoutAnySqlStatement(String uri) {
		String etag = get(uri, null, HttpStatus.OK).getETag();
		SqlStatements statements = new SqlStatements(this.dataSource);

		long count = statements.count(() -> {
			HttpHeaders headers = get(uri, etag, HttpStatus.NOT_MODIFIED);
			assertThat(headers.getETag()).isEqualTo(etag);
			assertThat(headers.getCacheControl()).isEqualTo(CACHE_CONTROL);
		});

		assertThat(count).as("SQL statements of a 304").isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/films", "/api/films/anora-2024", "/api/ceremonies/oscars-97/wins-by-person",
			"/api/people?q=baker&format=csv" })
	void ifNoneMatchAnyIsA304WithTheTagOfWhatExists(String uri) {
		String etag = get(uri, null, HttpStatus.OK).getETag();

		for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.HEAD)) {
			EntityExchangeResult<byte[]> any = this.client.method(method)
				.uri(uri)
				.header(HttpHeaders.IF_NONE_MATCH, "*")
				.exchange()
				.expectStatus()
				.isNotModified()
				.expectBody(byte[].class)
				.returnResult();
			assertThat(any.getResponseHeaders().getETag()).as(method + " " + uri).isEqualTo(etag);
			assertThat(any.getResponseHeaders().getCacheControl()).isEqualTo(CACHE_CONTROL);
			assertThat(any.getResponseHeaders().getContentType()).isNull();
			assertThat(any.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).isNull();
			assertThat(any.getResponseBody()).isNullOrEmpty();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/films/no-such-film", "/api/ceremonies/oscars-1000/wins-by-person" })
	void ifNoneMatchAnyOfWhatDoesNotExistIsItsNotFound(String uri) {
		assertThat(get(uri, "*", HttpStatus.NOT_FOUND).getETag()).isNull();
	}

	@Test
	void aTagOfOneRepresentationDoesNotValidateTheOther() {
		String json = get("/api/films", null, HttpStatus.OK).getETag();
		String csv = get("/api/films?format=csv", null, HttpStatus.OK).getETag();

		get("/api/films?format=csv", json, HttpStatus.OK);
		get("/api/films", csv, HttpStatus.OK);
		get("/api/films", "W/" + json + ", \"other\"", HttpStatus.NOT_MODIFIED);
	}

	@Test
	void aBumpChangesEveryTag() {
		String list = get("/api/films", null, HttpStatus.OK).getETag();
		String film = get("/api/films/anora-2024", null, HttpStatus.OK).getETag();

		long bumped = new TransactionTemplate(this.transactionManager).execute((status) -> this.dataVersion.bump());

		assertThat(this.dataVersion.current()).as("seen at once after the commit").isEqualTo(bumped);
		assertThat(get("/api/films", list, HttpStatus.OK).getETag()).isEqualTo("\"v" + bumped + "\"")
			.isNotEqualTo(list);
		assertThat(get("/api/films/anora-2024", film, HttpStatus.OK).getETag()).startsWith("\"v" + bumped + ".")
			.isNotEqualTo(film);
	}

	@Test
	void anotherInstancesWriteIsSeenAtTheNextRefresh() {
		long before = this.dataVersion.current();
		// As another instance's write would: the row changes, this instance's memory not
		this.jdbc.update("update data_version set version = version + 1");
		assertThat(this.dataVersion.current()).isEqualTo(before);

		this.dataVersion.refresh();

		assertThat(this.dataVersion.current()).isEqualTo(before + 1);
		assertThat(get("/api/films", "\"v" + before + "\"", HttpStatus.OK).getETag())
			.isEqualTo("\"v" + (before + 1) + "\"");
	}

	@Test
	void errorsAreNotTagged() {
		HttpHeaders headers = get("/api/films/no-such-film", null, HttpStatus.NOT_FOUND);
		assertThat(headers.getETag()).isNull();
		assertThat(headers.getCacheControl()).isNotEqualTo(CACHE_CONTROL);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/films", "/api/films/anora-2024", "/api/people?q=baker&format=csv" })
	void aReadWhoseIfMatchDoesNotHoldIsA412AndIfMatchGoesBeforeIfNoneMatch(String uri) {
		String etag = get(uri, null, HttpStatus.OK).getETag();
		String other = uri.contains("/api/films/") ? "\"v1.1.999999\"" : "\"v999999\"";

		for (String holds : List.of(etag, "*", other + ", " + etag)) {
			ifMatch(uri, holds, null, HttpStatus.OK);
		}
		// tags compare character by character: a leading zero makes another tag
		for (String fails : List.of(other, "W/" + etag, "\"x\"", etag.replaceFirst("\"v", "\"v0"))) {
			this.client.get()
				.uri(uri)
				.header(HttpHeaders.IF_MATCH, fails)
				.exchange()
				.expectStatus()
				.isEqualTo(HttpStatus.PRECONDITION_FAILED)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("urn:awards-api:problem:stale-if-match");
		}
		// If-Match first: a 412 even where If-None-Match alone would be a 304
		ifMatch(uri, other, etag, HttpStatus.PRECONDITION_FAILED);
		HttpHeaders notModified = ifMatch(uri, etag, etag, HttpStatus.NOT_MODIFIED);
		assertThat(notModified.getETag()).isEqualTo(etag);
	}

	@Test
	void aSingleResourcesIfMatchNamesItsOwnVersionWhateverTheDataVersion() {
		String etag = get("/api/films/anora-2024", null, HttpStatus.OK).getETag();
		String resourceVersion = etag.substring(etag.indexOf('.'));
		// data version 0 is never current once the seed has loaded: only the resource's
		// own version can make the tag hold
		assertThat(etag).doesNotStartWith("\"v0.");
		ifMatch("/api/films/anora-2024", "\"v0" + resourceVersion, null, HttpStatus.OK);
		// the same version of another film, of the id after anora's, is not anora's
		String[] idAndVersion = resourceVersion.substring(1, resourceVersion.length() - 1).split("\\.");
		String anotherFilms = "\"v0." + (Long.parseLong(idAndVersion[0]) + 1) + "." + idAndVersion[1] + "\"";
		ifMatch("/api/films/anora-2024", anotherFilms, null, HttpStatus.PRECONDITION_FAILED);
		ifMatch("/api/films/no-such-film", "\"v1.1.0\"", null, HttpStatus.NOT_FOUND);
	}

	private HttpHeaders ifMatch(String uri, String ifMatch, String ifNoneMatch, HttpStatus status) {
		return this.client.get().uri(uri).headers((headers) -> {
			headers.set(HttpHeaders.IF_MATCH, ifMatch);
			if (ifNoneMatch != null) {
				headers.set(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
			}
		}).exchange().expectStatus().isEqualTo(status).returnResult().getResponseHeaders();
	}

	private HttpHeaders get(String uri, String ifNoneMatch, HttpStatus status) {
		return this.client.get().uri(uri).headers((headers) -> {
			if (ifNoneMatch != null) {
				headers.set(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
			}
		}).exchange().expectStatus().isEqualTo(status).returnResult().getResponseHeaders();
	}

}
