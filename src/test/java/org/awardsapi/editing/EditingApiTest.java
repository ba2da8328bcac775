package org.awardsapi.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.awardsapi.WritingApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes over HTTP, against a database of their own (so the read tests' data stays as the
 * seed made it), with the response cache on.
 */
@WritingApiTest
class EditingApiTest {

	RestTestClient client;

	@Autowired
	void signInAsEditor(RestTestClient client) {
		this.client = Editor.signIn(client);
	}

	@ParameterizedTest
	@CsvSource({ "date-1582, 1582-10-10", "date-0001, 0001-01-01", "date-0000, 0000-12-31", "date-9999, 9999-12-31" })
	void aDateIsStoredAsWrittenBeforeTheGregorianCalendarToo(String slug, String date) {
		// java.sql.Date counts days before 15 October 1582 in the Julian
		// calendar: through it, 1582-10-10 came back as 1582-10-20
		String location = this.client.post()
			.uri("/api/sources")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("slug", slug, "title", "A date of " + date, "publishedOn", date))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueMatches(HttpHeaders.LOCATION, "/api/sources/\\d+")
			.returnResult()
			.getResponseHeaders()
			.getLocation()
			.toString();
		this.client.get().uri(location).exchange().expectBody().jsonPath("$.publishedOn").isEqualTo(date);
		this.client.get().uri("/api/sources/" + slug).exchange().expectBody().jsonPath("$.publishedOn").isEqualTo(date);
		// and in a person's detail, read by JDBC: a quote from that source
		create("/api/people", Map.of("slug", "speaker-" + slug, "name", "Speaker of " + date));
		create("/api/quotes", Map.of("person", "speaker-" + slug, "ceremony", "oscars-97", "text", "Words of " + date,
				"source", slug));
		this.client.get()
			.uri("/api/people/speaker-" + slug)
			.exchange()
			.expectBody()
			.jsonPath("$.quotes[0].source.publishedOn")
			.isEqualTo(date);
	}

	@Test
	void createsReadsReplacesPatchesAndDeletesASource() {
		var created = this.client.post()
			.uri("/api/sources")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("slug", "variety-2025-03-03", "title", "Anora wins Best Picture", "publisher", "Variety",
					"publishedOn", "2025-03-03"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueMatches(HttpHeaders.LOCATION, "/api/sources/\\d+")
			.expectHeader()
			.valueMatches(HttpHeaders.ETAG, "\"v\\d+\\.\\d+\\.0\"")
			.expectBody(Map.class)
			.returnResult();
		String location = created.getResponseHeaders().getLocation().toString();
		String id = location.substring(location.lastIndexOf('/') + 1);
		assertThat(created.getResponseBody()).containsEntry("publisher", "Variety").containsEntry("nominations", 0);

		this.client.put()
			.uri(location)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("slug", "variety-2025-03-03", "title", "Anora wins"))
			.exchange()
			.expectStatus()
			.isEqualTo(428)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:awards-api:problem:if-match-required");
		// another version, and version 0 written otherwise (with leading zeros: not the
		// tag
		// a GET gave)
		for (String stale : List.of("\"v1." + id + ".7\"", "\"v1.0" + id + ".00\"")) {
			this.client.put()
				.uri(location)
				.header(HttpHeaders.IF_MATCH, stale)
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("slug", "variety-2025-03-03", "title", "Anora wins"))
				.exchange()
				.expectStatus()
				.isEqualTo(412)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("urn:awards-api:problem:stale-if-match");
		}
		String etag = this.client.get()
			.uri(location)
			.exchange()
			.returnResult(String.class)
			.getResponseHeaders()
			.getETag();
		assertThat(etag).matches("\"v\\d+\\." + id + "\\.0\"");
		// If-Match compares strongly: the tag made weak (as a proxy may) never matches
		this.client.put()
			.uri(location)
			.header(HttpHeaders.IF_MATCH, "W/" + etag)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("slug", "variety-2025-03-03", "title", "Anora wins"))
			.exchange()
			.expectStatus()
			.isEqualTo(412)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("A weak tag never matches If-Match (RFC 9110, 13.1.1): send the ETag of the source "
					+ "as a GET answers it, without W/");
		this.client.put()
			.uri(location)
			.header(HttpHeaders.IF_MATCH, etag)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("slug", "variety-2025-03-03", "title", "Anora wins"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueMatches(HttpHeaders.ETAG, "\"v\\d+\\." + id + "\\.1\"")
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Anora wins")
			.jsonPath("$.publisher")
			.isEmpty();

		// the tag of a compressed GET, as a browser's fetch gets it, names the same
		// version
		String gzipTag = this.client.get()
			.uri(location)
			.header(HttpHeaders.ACCEPT_ENCODING, "gzip, deflate, br")
			.exchange()
			.returnResult(byte[].class)
			.getResponseHeaders()
			.getETag();
		assertThat(gzipTag).matches("\"v\\d+\\." + id + "\\.1-gzip\"");
		this.client.patch()
			.uri(location)
			.header(HttpHeaders.IF_MATCH, gzipTag)
			.contentType(MediaType.parseMediaType(Edits.MERGE_PATCH))
			.body("{\"publisher\": \"Variety\", \"publishedOn\": null}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Anora wins")
			.jsonPath("$.publisher")
			.isEqualTo("Variety")
			.jsonPath("$.publishedOn")
			.isEmpty();

		this.client.delete().uri(location).exchange().expectStatus().isEqualTo(428);
		this.client.delete()
			.uri(location)
			.header(HttpHeaders.IF_MATCH, etag(location))
			.exchange()
			.expectStatus()
			.isNoContent();
		this.client.get().uri(location).exchange().expectStatus().isNotFound();
	}

	@Test
	void aWriteThatChangesNothingLeavesEveryTagAsItWas() {
		String source = create("/api/sources", Map.of("slug", "no-change", "title", "No change", "publisher", "P"));
		try {
			String tag = etag(source);
			String listTag = etag("/api/sources");
			for (String body : List.of("{}", "{\"title\": \"No change\"}")) {
				this.client.patch()
					.uri(source)
					.header(HttpHeaders.IF_MATCH, tag)
					.contentType(MediaType.APPLICATION_JSON)
					.body(body)
					.exchange()
					.expectStatus()
					.isOk()
					.expectHeader()
					.valueEquals(HttpHeaders.ETAG, tag);
			}
			this.client.put()
				.uri(source)
				.header(HttpHeaders.IF_MATCH, tag)
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("slug", "no-change", "title", "No change", "publisher", "P"))
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.valueEquals(HttpHeaders.ETAG, tag);
			assertThat(etag("/api/sources")).isEqualTo(listTag);
			String changed = this.client.patch()
				.uri(source)
				.header(HttpHeaders.IF_MATCH, tag)
				.contentType(MediaType.APPLICATION_JSON)
				.body("{\"publisher\": \"Q\"}")
				.exchange()
				.expectStatus()
				.isOk()
				.returnResult(String.class)
				.getResponseHeaders()
				.getETag();
			assertThat(changed).isNotEqualTo(tag);
			assertThat(etag("/api/sources")).isNotEqualTo(listTag);
		}
		finally {
			this.client.delete().uri(source).header(HttpHeaders.IF_MATCH, "*").exchange();
		}
	}

	@Test
	void aWriteWhoseAcceptTakesNoJsonIsA406AndChangesNothing() {
		String source = create("/api/sources", Map.of("slug", "accept-xml", "title", "Accept XML"));
		try {
			String tag = etag(source);
			for (MediaType accept : List.of(MediaType.APPLICATION_XML, MediaType.parseMediaType("text/csv"),
					MediaType.parseMediaType("application/json;q=0"))) {
				List<RestTestClient.RequestHeadersSpec<?>> writes = List.of(
						this.client.post().uri("/api/sources").body(Map.of("slug", "accept-xml-new", "title", "New")),
						this.client.put()
							.uri(source)
							.header(HttpHeaders.IF_MATCH, tag)
							.body(Map.of("slug", "accept-xml", "title", "Put")),
						this.client.patch()
							.uri(source)
							.header(HttpHeaders.IF_MATCH, tag)
							.body(Map.of("title", "Patched")));
				for (RestTestClient.RequestHeadersSpec<?> write : writes) {
					write.accept(accept).exchange().expectStatus().isEqualTo(406);
				}
			}
			this.client.get().uri("/api/sources/accept-xml-new").exchange().expectStatus().isNotFound();
			assertThat(etag(source)).isEqualTo(tag);
			this.client.get().uri(source).exchange().expectBody().jsonPath("$.title").isEqualTo("Accept XML");
		}
		finally {
			this.client.delete().uri(source).header(HttpHeaders.IF_MATCH, "*").exchange();
		}
	}

	@Test
	void aMergePatchWhoseResultIsNotARequestOfTheResourceIsA400() {
		// found by fuzzing: both were 500s
		Map<String, String> patches = Map.of("{\"fuzz\": 1}", "fuzz", "{\"title\": {\"a\": 1}}", "title");
		patches.forEach((patch, field) -> this.client.patch()
			.uri("/api/sources/academy-97th-academy-awards")
			.header(HttpHeaders.IF_MATCH, "*")
			.contentType(MediaType.parseMediaType(Edits.MERGE_PATCH))
			.body(patch)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:awards-api:problem:invalid-body")
			.jsonPath("$.errors[0].field")
			.isEqualTo(field));
	}

	@Test
	void aNulOrHalfASurrogatePairInAStringOfABodyIsA400NamingTheFieldAndChangesNothing() {
		// PostgreSQL's text cannot hold a NUL: such a write failed in the database
		String before = this.client.get()
			.uri("/api/sources/academy-97th-academy-awards")
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		this.client.post()
			.uri("/api/people")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"slug\": \"nul-person\", \"name\": \"Nul\\u0000Person\"}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:awards-api:problem:invalid-body")
			.jsonPath("$.errors[0].field")
			.isEqualTo("name")
			.jsonPath("$.errors[0].message")
			.isEqualTo("must not contain the NUL character (\\u0000)");
		this.client.get().uri("/api/people/nul-person").exchange().expectStatus().isNotFound();
		this.client.patch()
			.uri("/api/sources/academy-97th-academy-awards")
			.header(HttpHeaders.IF_MATCH, "*")
			.contentType(MediaType.parseMediaType(Edits.MERGE_PATCH))
			.body("{\"title\": \"A\\u0000B\"}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("title")
			.jsonPath("$.errors[0].message")
			.isEqualTo("must not contain the NUL character (\\u0000)");
		// a high surrogate without its low one, a low one alone, and both in the wrong
		// order
		for (String half : List.of("\\ud83c", "\\udfac", "\\udfac\\ud83c")) {
			this.client.patch()
				.uri("/api/sources/academy-97th-academy-awards")
				.header(HttpHeaders.IF_MATCH, "*")
				.contentType(MediaType.parseMediaType(Edits.MERGE_PATCH))
				.body("{\"publisher\": \"Half " + half + " a pair\"}")
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("publisher")
				.jsonPath("$.errors[0].message")
				.isEqualTo("must not contain half a UTF-16 surrogate pair "
						+ "(a \\ud800 to \\udfff escape without its other half)");
		}
		// the whole pair is the one character it makes
		String paired = create("/api/sources", Map.of("slug", "paired-surrogates", "title", "x"));
		this.client.patch()
			.uri(paired)
			.header(HttpHeaders.IF_MATCH, "*")
			.contentType(MediaType.parseMediaType(Edits.MERGE_PATCH))
			.body("{\"title\": \"Clapper \\ud83c\\udfac\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Clapper \uD83C\uDFAC");
		this.client.delete().uri(paired).header(HttpHeaders.IF_MATCH, "*").exchange().expectStatus().isNoContent();
		this.client.get()
			.uri("/api/sources/academy-97th-academy-awards")
			.exchange()
			.expectBody(String.class)
			.isEqualTo(before);
	}

	@Test
	void aFieldGivenTwiceIsRefusedAndNothingIsWritten() {
		assertFieldGivenTwice(this.client.post().uri("/api/films"), MediaType.APPLICATION_JSON,
				"{\"slug\": \"twice-2030\", \"title\": \"First\", \"title\": \"Second\", \"year\": 2030}", "title");
		this.client.get().uri("/api/films/twice-2030").exchange().expectStatus().isNotFound();
		assertFieldGivenTwice(this.client.post().uri("/api/nominations"), MediaType.APPLICATION_JSON,
				"{\"ceremony\": \"oscars-97\", \"category\": \"best-picture\", \"won\": false, "
						+ "\"nominees\": [{\"person\": \"sean-baker\"}, {\"person\": \"a\", \"person\": \"b\"}]}",
				"nominees[1].person");
		String tag = this.client.get()
			.uri("/api/films/anora-2024")
			.exchange()
			.returnResult()
			.getResponseHeaders()
			.getETag();
		assertFieldGivenTwice(this.client.patch().uri("/api/films/anora-2024").header(HttpHeaders.IF_MATCH, tag),
				MediaType.valueOf("application/merge-patch+json"), "{\"year\": 2024, \"year\": 1999}", "year");
		this.client.get()
			.uri("/api/films/anora-2024")
			.exchange()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, tag)
			.expectBody()
			.jsonPath("$.year")
			.isEqualTo(2024);
	}

	private void assertFieldGivenTwice(RestTestClient.RequestBodySpec request, MediaType type, String body,
			String field) {
		request.contentType(type)
			.body(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:awards-api:problem:invalid-body")
			.jsonPath("$.errors[*].field")
			.isEqualTo(List.of(field))
			.jsonPath("$.detail")
			.isEqualTo(field + " is given more than once");
	}

	@Test
	void validationNamesEveryBadField() {
		this.client.post()
			.uri("/api/films")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("slug", "Not A Slug", "title", "", "year", 1700, "imdbId", "anora"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:awards-api:problem:invalid-body")
			.jsonPath("$.errors[*].field")
			.isEqualTo(List.of("imdbId", "slug", "title", "year"));
		// a nominee is named as a whole when it names no kind or two; a blank country or
		// credited name is refused, not stored
		this.client.post()
			.uri("/api/nominations")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("ceremony", "oscars-97", "category", "best-picture", "won", false, "nominees",
					List.of(Map.of("person", "sean-baker", "country", "USA"), Map.of(), Map.of("country", " "),
							Map.of("person", "sean-baker", "name", ""))))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.isEqualTo(List.of("nominees[0]", "nominees[1]", "nominees[2].country", "nominees[3].name"))
			.jsonPath("$.errors[*].message")
			.isEqualTo(List.of("must name exactly one of person, company or country",
					"must name exactly one of person, company or country", "must not be blank", "must not be blank"));
		this.client.post()
			.uri("/api/films")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("slug", "x-2024", "title", "X", "director", "Someone"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:awards-api:problem:invalid-body")
			.jsonPath("$.errors[0].field")
			.isEqualTo("director")
			.jsonPath("$.errors[0].message")
			.isEqualTo("is not a field of this resource");
		this.client.post()
			.uri("/api/films")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"slug\": ")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:awards-api:problem:unreadable-body");
		this.client.post()
			.uri("/api/credits")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("film", "no-such-film", "person", "sean-baker", "job", "director"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("film")
			.jsonPath("$.errors[0].message")
			.isEqualTo("names no film 'no-such-film'");
	}

	@Test
	void aDeleteOfSomethingReferredToIsAConflictNamingWhatRefersToIt() {
		this.client.delete()
			.uri("/api/films/anora-2024")
			.header(HttpHeaders.IF_MATCH, "*")
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.references.nominations")
			.isEqualTo(7)
			.jsonPath("$.references.credits")
			.isEqualTo(12)
			.jsonPath("$.detail")
			.isEqualTo("The film 'anora-2024' cannot be deleted: 7 nominations, 12 credits refer to it");
		this.client.get().uri("/api/films/anora-2024").exchange().expectStatus().isOk();
		// a key is camelCase as every field is; the detail says it in words, one in the
		// singular
		create("/api/sources", Map.of("slug", "conflict-source", "title", "Conflict Source"));
		create("/api/companies", Map.of("slug", "conflict-company", "name", "Conflict Company"));
		create("/api/films", Map.of("slug", "conflict-film-2024", "title", "Conflict Film", "companies",
				List.of(Map.of("company", "conflict-company", "role", "production", "source", "conflict-source"))));
		this.client.delete()
			.uri("/api/sources/conflict-source")
			.header(HttpHeaders.IF_MATCH, "*")
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.references.filmCompanies")
			.isEqualTo(1)
			.jsonPath("$.detail")
			.isEqualTo("The source 'conflict-source' cannot be deleted: 1 film company refers to it");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			/api/films     | {"slug": "1917", "title": "1917", "year": 2019}
			/api/people    | {"slug": "4", "name": "Four"}
			/api/companies | {"slug": "20", "name": "Twenty"}
			/api/sources   | {"slug": "2025", "title": "A source"}
			""")
	void aSlugOfDigitsAloneIsRefusedForAnIdOfThoseDigitsWouldBeReadInstead(String uri, String body) {
		String before = this.client.get().uri(uri + "?size=1").exchange().returnResult(String.class).getResponseBody();
		this.client.post()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("slug")
			.jsonPath("$.errors[0].message")
			.isEqualTo(Refs.SLUG_MESSAGE);
		this.client.get().uri(uri + "?size=1").exchange().expectBody(String.class).isEqualTo(before);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
									/api/sources     | {"slug": "s-1", "title": 123}                      | title       | must be text, not '123'
									/api/sources     | {"slug": "s-1", "title": true}                     | title       | must be text, not 'true'
									/api/sources     | {"slug": "s-1", "title": "S", "publishedOn": 20250303} | publishedOn | must be a date such as 2025-03-02, not '20250303'
									/api/sources     | {"slug": "s-1", "title": "S", "publishedOn": "2025-13-45"} | publishedOn | must be a date such as 2025-03-02, not '2025-13-45'
									/api/sources     | {"slug": "s-1", "title": "S", "publishedOn": "2025-03-02T23:30"} | publishedOn | must be a date such as 2025-03-02, not '2025-03-02T23:30'
									/api/sources     | {"slug": "s-1", "title": "S", "publishedOn": "2025-03-02T00:00:00Z"} | publishedOn | must be a date such as 2025-03-02, not '2025-03-02T00:00:00Z'
									/api/sources     | {"slug": "s-1", "title": "S", "publishedOn": "2025-03-02 "} | publishedOn | must be a date such as 2025-03-02, not '2025-03-02 '
									/api/ceremonies  | {"award": "oscars", "edition": 99, "slug": "oscars-99", "name": "99th", "date": "+12027-03-14"} | date | must be a date such as 2025-03-02, not '+12027-03-14'
									/api/films       | {"slug": "f-2024", "title": "F", "year": "2024"}   | year        | must be a whole number
									/api/films       | {"slug": "f-2024", "title": "F", "year": 2024.5}   | year        | must be a whole number, not '2024.5'
							/api/films       | {"slug": "f-2024", "title": "F", "year": 99999999999} | year     | must be a whole number no larger than 2147483647
					/api/films       | {"slug": "f-2024", "title": "F", "year": -99999999999} | year    | must be a whole number no smaller than -2147483648
									/api/films       | {"slug": "f-2024", "title": "F", "year": 2024, "companies": [{"company": "neon", "role": "DISTRIBUTOR"}]} | companies[0].role | must be one of [production, distribution], not 'DISTRIBUTOR'
									/api/films       | {"slug": "f-2024", "title": "F", "year": 2024, "companies": "neon"} | companies | must be an array
									/api/nominations | {"ceremony": "oscars-97", "category": "directing", "won": 1} | won | must be true or false, not '1'
									/api/nominations | {"ceremony": "oscars-97", "category": "directing", "won": "true"} | won | must be true or false
									""")
	void aValueOfTheWrongTypeIsNotConvertedButNamedWithTheTypeWanted(String uri, String body, String field,
			String message) {
		String before = this.client.get().uri(uri + "?size=1").exchange().returnResult(String.class).getResponseBody();
		this.client.post()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:awards-api:problem:invalid-body")
			.jsonPath("$.errors[0].field")
			.isEqualTo(field)
			.jsonPath("$.errors[0].message")
			.isEqualTo(message);
		this.client.get().uri(uri + "?size=1").exchange().expectBody(String.class).isEqualTo(before);
	}

	@Test
	void everyNameOfABodysListsThatMatchesNothingIsNamedInOne400() {
		String before = this.client.get()
			.uri("/api/nominations?ceremony=oscars-97&category=directing")
			.exchange()
			.returnResult(String.class)
			.getResponseBody();
		this.client.post()
			.uri("/api/nominations")
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"ceremony": "oscars-97", "category": "directing", "films": ["anora-2024", "no-such-film"],
					 "nominees": [{"person": "sean-baker"}, {"person": "nobody"}, {"company": "no-company"}],
					 "won": false, "sources": ["no-source"]}""")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.isEqualTo(List.of("films[1]", "nominees[1].person", "nominees[2].company", "sources[0]"))
			.jsonPath("$.errors[1].message")
			.isEqualTo("names no person 'nobody'");
		this.client.post()
			.uri("/api/films")
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"slug": "misses-2024", "title": "Misses", "year": 2024, "companies": [
					 {"company": "no-company", "role": "production", "source": "no-source"},
					 {"company": "neon", "role": "distribution"}]}""")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.isEqualTo(List.of("companies[0].company", "companies[0].source"));
		this.client.get()
			.uri("/api/nominations?ceremony=oscars-97&category=directing")
			.exchange()
			.expectBody(String.class)
			.isEqualTo(before);
		this.client.get().uri("/api/films/misses-2024").exchange().expectStatus().isNotFound();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
							/api/credits       | {"film": "no-such-film", "person": "sean-baker", "job": "director", "source": "no-source"} | film,source
							/api/presentations | {"ceremony": "oscars-97", "category": "no-category", "presenter": "sean-baker", "source": "no-source"} | category,source
							/api/presentations | {"ceremony": "oscars-0", "category": "directing", "presenter": "nobody"} | ceremony,presenter
							/api/quotes        | {"person": "sean-baker", "ceremony": "oscars-97", "nomination": 999999999, "text": "T", "source": "no-source"} | nomination,source
							/api/quotes        | {"person": "nobody", "ceremony": "oscars-0", "nomination": 999999999, "text": "T"} | ceremony,person
							/api/nominations   | {"ceremony": "oscars-97", "category": "no-category", "films": ["no-such-film"], "nominees": [{"person": "sean-baker"}], "won": false} | category,films[0]
					/api/nominations   | {"ceremony": "oscars-97", "category": "directing", "films": ["f0", "f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8", "f9", "f10"], "won": false} | films[0],films[1],films[2],films[3],films[4],films[5],films[6],films[7],films[8],films[9],films[10]
							""")
	void everyNameOfABodyThatMatchesNothingIsNamedInOne400(String uri, String body, String fields) {
		String before = this.client.get()
			.uri("/api/people/sean-baker")
			.exchange()
			.returnResult(String.class)
			.getResponseBody();
		this.client.post()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:awards-api:problem:invalid-body")
			.jsonPath("$.errors[*].field")
			.isEqualTo(List.of(fields.split(",")));
		this.client.get().uri("/api/people/sean-baker").exchange().expectBody(String.class).isEqualTo(before);
	}

	@Test
	void aBodyOfAnotherMediaTypeIs415NamingTheOneTheResourceReads() {
		assert415(this.client.post().uri("/api/sources"),
				"The request body must be application/json; it was sent without a Content-Type");
		assert415(this.client.post().uri("/api/sources").header(HttpHeaders.CONTENT_TYPE, "garbage"),
				"The request body must be application/json; it was sent as 'garbage', which is not a media type");
		assert415(
				this.client.patch()
					.uri("/api/sources/academy-97th-academy-awards")
					.header(HttpHeaders.IF_MATCH, "*")
					.contentType(MediaType.TEXT_PLAIN)
					.body("x"),
				"The request body must be application/merge-patch+json or application/json; it was sent as text/plain");
	}

	@Test
	void aMergePatchThatGivesAValueOfTheWrongTypeIsRefusedSo() {
		this.client.patch()
			.uri("/api/sources/academy-97th-academy-awards")
			.header(HttpHeaders.IF_MATCH, "*")
			.contentType(MediaType.valueOf(Edits.MERGE_PATCH))
			.body("{\"publishedOn\": 20250303}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("publishedOn")
			.jsonPath("$.errors[0].message")
			.isEqualTo("must be a date such as 2025-03-02, not '20250303'");
		this.client.patch()
			.uri("/api/sources/academy-97th-academy-awards")
			.header(HttpHeaders.IF_MATCH, "*")
			.contentType(MediaType.valueOf(Edits.MERGE_PATCH))
			.body("\"a string\"")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("a merge patch is a JSON object of the fields to change");
	}

	@Test
	void aTakenSlugImdbIdOrEditionIsAConflictNamingTheFieldAndChangesNothing() {
		String before = this.client.get()
			.uri("/api/sources?size=200")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseBody();
		this.client.post()
			.uri("/api/sources")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("slug", "academy-awards-database", "title", "Another"))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:awards-api:problem:conflict")
			.jsonPath("$.errors[0].field")
			.isEqualTo("slug")
			.jsonPath("$.errors[0].message")
			.isEqualTo("is already taken by another source");
		this.client.patch()
			.uri("/api/sources/academy-97th-academy-awards")
			.header(HttpHeaders.IF_MATCH, "*")
			.contentType(MediaType.valueOf(Edits.MERGE_PATCH))
			.body(Map.of("slug", "academy-awards-database"))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("slug");
		this.client.get().uri("/api/sources?size=200").exchange().expectBody(String.class).isEqualTo(before);
		String imdbId = this.client.get()
			.uri("/api/people/sean-baker")
			.exchange()
			.returnResult(Map.class)
			.getResponseBody()
			.get("imdbId")
			.toString();
		this.client.post()
			.uri("/api/people")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("slug", "another-sean-baker", "name", "Sean Baker", "imdbId", imdbId))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("imdbId")
			.jsonPath("$.detail")
			.isEqualTo("The change clashes with what is stored: imdbId is already taken by another person");
		this.client.get().uri("/api/people/another-sean-baker").exchange().expectStatus().isNotFound();
		this.client.post()
			.uri("/api/ceremonies")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("award", "oscars", "edition", 97, "slug", "oscars-97-again", "name", "Again", "date",
					"2025-03-02"))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("edition");
		this.client.get().uri("/api/ceremonies/oscars-97-again").exchange().expectStatus().isNotFound();
	}

	@Test
	void aTagHoldsOnlyForTheResourceItWasReadFrom() {
		String first = this.client.post()
			.uri("/api/companies")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("slug", "tag-test-first", "name", "First"))
			.exchange()
			.expectStatus()
			.isCreated()
			.returnResult(String.class)
			.getResponseHeaders()
			.getETag();
		this.client.post()
			.uri("/api/companies")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("slug", "tag-test-second", "name", "Second"))
			.exchange()
			.expectStatus()
			.isCreated();
		// both at version 0: the first's tag is not the second's
		this.client.patch()
			.uri("/api/companies/tag-test-second")
			.header(HttpHeaders.IF_MATCH, first)
			.contentType(MediaType.valueOf(Edits.MERGE_PATCH))
			.body(Map.of("name", "Overwritten"))
			.exchange()
			.expectStatus()
			.isEqualTo(412);
		// deleted and created again under the same slug: a tag of the one deleted no
		// longer holds
		this.client.delete()
			.uri("/api/companies/tag-test-first")
			.header(HttpHeaders.IF_MATCH, first)
			.exchange()
			.expectStatus()
			.isNoContent();
		this.client.post()
			.uri("/api/companies")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("slug", "tag-test-first", "name", "First again", "imdbId", "co0000001"))
			.exchange()
			.expectStatus()
			.isCreated();
		this.client.put()
			.uri("/api/companies/tag-test-first")
			.header(HttpHeaders.IF_MATCH, first)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("slug", "tag-test-first", "name", "Stale"))
			.exchange()
			.expectStatus()
			.isEqualTo(412);
		this.client.get()
			.uri("/api/companies/tag-test-first")
			.exchange()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo("First again")
			.jsonPath("$.imdbId")
			.isEqualTo("co0000001");
		this.client.get()
			.uri("/api/companies/tag-test-second")
			.exchange()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo("Second");
	}

	@Test
	void aCategorySlugThatTwoAwardsHaveNamesBothIdsRatherThanOneOfThem() {
		String first = String.valueOf(this.client.get()
			.uri("/api/categories/best-picture")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id"));
		create("/api/awards", Map.of("slug", "second-awards", "name", "Second Awards"));
		String second = create("/api/categories", Map.of("award", "second-awards", "slug", "best-picture", "name",
				"Best Picture", "categoryClass", "Title"));
		String secondId = second.substring(second.lastIndexOf('/') + 1);
		this.client.get()
			.uri("/api/categories/best-picture")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("The slug 'best-picture' names 2 categories (ids " + first + ", " + secondId
					+ "): ask for one by its id");
		this.client.get().uri(second).exchange().expectStatus().isOk();
		this.client.get().uri("/api/categories/" + first).exchange().expectStatus().isOk();
	}

	@Test
	void writesEveryKindOfResource() {
		String award = create("/api/awards", Map.of("slug", "baftas", "name", "BAFTA Film Awards", "presentedBy",
				"British Academy of Film and Television Arts"));
		String category = create("/api/categories",
				Map.of("award", "baftas", "slug", "best-film", "name", "Best Film", "categoryClass", "Title"));
		String ceremony = create("/api/ceremonies", Map.of("award", "baftas", "edition", 78, "slug", "baftas-78",
				"name", "78th British Academy Film Awards", "date", "2025-02-16", "filmYear", "2024"));
		String company = create("/api/companies", Map.of("slug", "working-title", "name", "Working Title Films"));
		String film = create("/api/films", Map.of("slug", "tidewater-2024", "title", "Tidewater", "year", 2024,
				"companies", List.of(Map.of("company", "working-title", "role", "production"))));
		String person = create("/api/people",
				Map.of("slug", "wren-halloway", "name", "Wren Halloway", "otherNames", List.of("W. Halloway")));
		String credit = create("/api/credits",
				Map.of("film", "tidewater-2024", "person", "wren-halloway", "job", "director"));
		String nomination = create("/api/nominations",
				Map.of("ceremony", "baftas-78", "category", "best-film", "films", List.of("tidewater-2024"), "nominees",
						List.of(Map.of("person", "wren-halloway"), Map.of("company", "working-title")), "won", true,
						"sources", List.of("academy-awards-database")));
		String presentation = create("/api/presentations",
				Map.of("ceremony", "baftas-78", "category", "best-film", "presenter", "wren-halloway"));
		String quote = create("/api/quotes", Map.of("person", "wren-halloway", "ceremony", "baftas-78", "nomination",
				Long.valueOf(nomination.substring(nomination.lastIndexOf('/') + 1)), "text", "Thank you."));
		this.client.get()
			.uri("/api/people/wren-halloway")
			.exchange()
			.expectBody()
			.jsonPath("$.winCount")
			.isEqualTo(1)
			.jsonPath("$.credits[0].film.slug")
			.isEqualTo("tidewater-2024")
			.jsonPath("$.quotes[0].text")
			.isEqualTo("Thank you.")
			.jsonPath("$.presentations[0].category.slug")
			.isEqualTo("best-film");
		this.client.get()
			.uri(nomination)
			.exchange()
			.expectBody()
			.jsonPath("$.nominees[*].kind")
			.isEqualTo(List.of("person", "company"));
		this.client.patch()
			.uri(nomination)
			.header(HttpHeaders.IF_MATCH, etag(nomination))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("nominees", List.of(Map.of("country", "United Kingdom")), "won", false))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.nominees[0].name")
			.isEqualTo("United Kingdom")
			.jsonPath("$.won")
			.isEqualTo(false)
			.jsonPath("$.films[0].slug")
			.isEqualTo("tidewater-2024");
		this.client.delete()
			.uri("/api/awards/baftas")
			.header(HttpHeaders.IF_MATCH, "*")
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.references.ceremonies")
			.isEqualTo(1);
		for (String uri : List.of(quote, presentation, nomination, credit, film, person, company, ceremony, category,
				award)) {
			this.client.delete().uri(uri).header(HttpHeaders.IF_MATCH, "*").exchange().expectStatus().isNoContent();
			this.client.get().uri(uri).exchange().expectStatus().isNotFound();
		}
	}

	@Test
	void ofConcurrentEditorsWithTheSameVersionOneWinsAndTheOthersAreToldItChanged() throws Exception {
		String person = create("/api/people", Map.of("slug", "jane-doe", "name", "Jane Doe"));
		String read = etag(person);
		int editors = 6;
		ExecutorService pool = Executors.newFixedThreadPool(editors);
		List<Callable<Integer>> writes = new ArrayList<>();
		for (int i = 0; i < editors; i++) {
			String name = "Jane Doe " + i;
			writes.add(() -> this.client.put()
				.uri(person)
				.header(HttpHeaders.IF_MATCH, read)
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("slug", "jane-doe", "name", name))
				.exchange()
				.returnResult(String.class)
				.getStatus()
				.value());
		}
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> status : pool.invokeAll(writes)) {
			statuses.add(status.get());
		}
		pool.shutdown();
		assertThat(statuses).containsOnly(200, 412);
		assertThat(statuses).filteredOn((s) -> s == 200).hasSize(1);
		this.client.get()
			.uri(person)
			.exchange()
			.expectBody()
			.jsonPath("$.name")
			.value(String.class, (name) -> assertThat(name).startsWith("Jane Doe "));
		this.client.delete().uri(person).header(HttpHeaders.IF_MATCH, read).exchange().expectStatus().isEqualTo(412);
		this.client.delete()
			.uri(person)
			.header(HttpHeaders.IF_MATCH, etag(person))
			.exchange()
			.expectStatus()
			.isNoContent();
	}

	private String etag(String uri) {
		return Editor.etag(this.client, uri);
	}

	private static void assert415(RestTestClient.RequestHeadersSpec<?> request, String detail) {
		request.exchange().expectStatus().isEqualTo(415).expectBody().jsonPath("$.detail").isEqualTo(detail);
	}

	private String create(String uri, Map<String, Object> body) {
		return Editor.create(this.client, uri, body);
	}

}
