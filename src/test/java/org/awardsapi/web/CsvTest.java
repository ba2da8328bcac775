package org.awardsapi.web;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.awardsapi.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every list answers CSV: a header row, RFC 4180 quoting, UTF-8, the filters and order of
 * the JSON, and every row, not one page.
 */
@ApiIntegrationTest
class CsvTest {

	@Autowired
	RestTestClient client;

	@Test
	void everyPersonInOneCsvInTheOrderOfTheJsonPages() throws IOException {
		List<Map<String, Object>> people = jsonRows("/api/people?size=200&page=0");
		people = new java.util.ArrayList<>(people);
		people.addAll(jsonRows("/api/people?size=200&page=1"));
		assertThat(people).as("more people than one page of CSV holds").hasSizeGreaterThan(PageQuery.MAX_SIZE);

		List<CSVRecord> rows = csv("/api/people", MediaType.parseMediaType("text/csv"));

		assertThat(rows).extracting((row) -> row.get("slug"))
			.containsExactlyElementsOf(people.stream().map((person) -> (String) person.get("slug")).toList());
	}

	@Test
	void theHeaderNamesTheFlattenedColumnsAndTheValuesAreQuotedAsRfc4180Has() throws IOException {
		String body = text("/api/nominations?ceremony=oscars-97&category=best-picture&won=true&format=csv");

		assertThat(body).startsWith("id,award.id,award.slug,award.name,ceremony.id,ceremony.slug,")
			.contains("\r\n")
			.contains("\"Alex Coco, Samantha Quan and Sean Baker, Producers\"");
		List<CSVRecord> rows = parse(body);
		assertThat(rows).singleElement().satisfies((row) -> {
			assertThat(row.get("category.slug")).isEqualTo("best-picture");
			assertThat(row.get("films.title")).isEqualTo("Anora");
			assertThat(row.get("nominees.name")).isEqualTo("Alex Coco; Samantha Quan; Sean Baker");
			assertThat(row.get("credit")).isEqualTo("Alex Coco, Samantha Quan and Sean Baker, Producers");
			assertThat(row.get("won")).isEqualTo("true");
			assertThat(row.get("note")).isEmpty();
		});
	}

	@Test
	void textIsUtf8() throws IOException {
		List<CSVRecord> rows = csv("/api/people?q=karla sofia gascon", MediaType.parseMediaType("text/csv"));
		assertThat(rows).singleElement()
			.satisfies((row) -> assertThat(row.get("name")).isEqualTo("Karla Sofía Gascón"));
	}

	@Test
	void nestedListsAreJoined() throws IOException {
		List<CSVRecord> rows = csv("/api/ceremonies/oscars-97/wins-by-person?format=csv", null);
		CSVRecord baker = rows.get(0);
		assertThat(baker.get("person.slug")).isEqualTo("sean-baker");
		assertThat(baker.get("wins")).isEqualTo("4");
		assertThat(baker.get("categories.category.slug")).contains("directing").contains("; ");
		assertThat(baker.get("films.title")).isEqualTo("Anora");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/nominations?person=sean-baker", "/api/wins?ceremony=oscars-97",
			"/api/films?sort=title,desc", "/api/stats/wins-by-person-per-ceremony?minWins=2&competitiveOnly=true",
			"/api/ceremonies/oscars-97/wins-by-film", "/api/awards/oscars/categories?class=Acting",
			"/api/people/sean-baker/wins-by-ceremony", "/api/sources", "/api/ceremonies?award=oscars" })
	void theSameFiltersAndOrderAsTheJson(String uri) throws IOException {
		String and = uri.contains("?") ? "&" : "?";
		List<Map<String, Object>> json = jsonRows(uri + and + "size=200");
		List<CSVRecord> rows = csv(uri + and + "format=csv", null);

		assertThat(rows).isNotEmpty().hasSameSizeAs(json);
		for (int i = 0; i < rows.size(); i++) {
			CSVRecord row = rows.get(i);
			Map<String, Object> expected = json.get(i);
			String key = expected.containsKey("id") ? "id" : expected.keySet().iterator().next() + ".id";
			Object value = expected.containsKey("id") ? expected.get("id")
					: ((Map<?, ?>) expected.get(expected.keySet().iterator().next())).get("id");
			assertThat(row.get(key)).as("row " + i + " " + key).isEqualTo(String.valueOf(value));
		}
	}

	@Test
	void anEmptyListIsAHeaderRow() throws IOException {
		String body = text("/api/films?q=no such film&format=csv");
		assertThat(body).isEqualTo("id,slug,title,year,imdbId,nominations,wins\r\n");
	}

	@Test
	void aBadFormatIsAProblem() {
		this.client.get()
			.uri("/api/films?format=xml")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.parameter")
			.isEqualTo("format");
	}

	/**
	 * Each type takes the weight of the most specific range that names it (RFC 9110,
	 * 12.5.1); of two equal weights, the one named first wins.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "*/*|application/json", "text/*, application/*|text/csv",
					"application/json, text/csv|application/json", "text/csv, application/json|text/csv",
					"application/json;q=0, */*;q=0.1|text/csv", "text/*, text/csv;q=0, */*;q=0.5|application/json",
					"text/csv;q=0.5, application/*;q=0.8|application/json",
					"application/problem+json, text/csv;q=0.9|application/json",
					"application/*+json, application/json;q=0, text/csv;q=0.1|text/csv" })
	void aListAnswersTheRepresentationTheAcceptHeaderWeighsHighest(String accept, String answered) {
		this.client.get()
			.uri("/api/films?size=1")
			.header(HttpHeaders.ACCEPT, accept)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.parseMediaType(answered));
	}

	@Test
	void textOfAnyKindIsCsvAndTheFormatParameterWinsOverTheAcceptHeader() {
		this.client.get()
			.uri("/api/films?size=1")
			.accept(MediaType.parseMediaType("text/*"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"));
		this.client.get()
			.uri("/api/films?size=1&format=json")
			.accept(MediaType.parseMediaType("text/csv"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		this.client.get()
			.uri("/api/films?size=1&format=csv")
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"));
	}

	@Test
	void aMediaTypeNoListAnswersIs406NamingJsonAndCsv() {
		// application/json;q=0: a weight of 0 refuses JSON, and CSV is not asked for
		for (String accept : List.of("application/xml", "application/json;q=0")) {
			this.client.get()
				.uri("/api/films")
				.header(HttpHeaders.ACCEPT, accept)
				.exchange()
				.expectStatus()
				.isEqualTo(406)
				.expectBody()
				.jsonPath("$.detail")
				.isEqualTo("This resource answers application/json or text/csv");
		}
		this.client.get()
			.uri("/api/films/anora-2024")
			.accept(MediaType.parseMediaType("text/*"))
			.exchange()
			.expectStatus()
			.isEqualTo(406)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("This resource answers application/json");
	}

	@Test
	void aSingleResourceHasNoCsv() {
		this.client.get()
			.uri("/api/films/anora-2024?format=csv")
			.exchange()
			.expectStatus()
			.isEqualTo(406)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@ParameterizedTest
	@ValueSource(strings = { "text/csv, */*;q=0.8", "text/csv, application/json;q=0.9", "text/*, application/*" })
	void aSingleResourceAskedForCsvOrJsonAnswersJsonAndRevalidates(String accept) {
		String tag = this.client.get()
			.uri("/api/films/anora-2024")
			.header(HttpHeaders.ACCEPT, accept)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody()
			.jsonPath("$.slug")
			.isEqualTo("anora-2024")
			.returnResult()
			.getResponseHeaders()
			.getETag();
		assertThat(tag).doesNotContain("-csv");
		this.client.get()
			.uri("/api/films/anora-2024")
			.header(HttpHeaders.ACCEPT, accept)
			.header(HttpHeaders.IF_NONE_MATCH, tag)
			.exchange()
			.expectStatus()
			.isNotModified();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/films/no-such-film/nominations", "/api/ceremonies/oscars-1000/wins-by-person",
			"/api/people/nobody/wins-by-ceremony" })
	void theListOfSomethingMissingIsItsProblemWithNoTagNorFileName(String uri) {
		this.client.get()
			.uri(uri)
			.accept(MediaType.parseMediaType("text/csv"))
			.header(HttpHeaders.ACCEPT_ENCODING, "gzip")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.doesNotExist(HttpHeaders.ETAG)
			.expectHeader()
			.doesNotExist(HttpHeaders.CONTENT_ENCODING)
			.expectHeader()
			.doesNotExist(HttpHeaders.CONTENT_DISPOSITION)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(404);
	}

	@Test
	void aBadParameterOfACsvIsAProblem() {
		this.client.get()
			.uri("/api/people?size=500")
			.accept(MediaType.parseMediaType("text/csv"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private List<Map<String, Object>> jsonRows(String uri) {
		Map<String, Object> page = this.client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		assertThat(page).isNotNull();
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> content = (List<Map<String, Object>>) page.get("content");
		return content;
	}

	private List<CSVRecord> csv(String uri, MediaType accept) throws IOException {
		return parse(text(uri, accept));
	}

	private String text(String uri) {
		return text(uri, null);
	}

	private String text(String uri, MediaType accept) {
		EntityExchangeResult<byte[]> result = this.client.get().uri(uri).headers((headers) -> {
			if (accept != null) {
				headers.setAccept(List.of(accept));
			}
		})
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("text/csv;charset=UTF-8")
			.expectHeader()
			.value(HttpHeaders.CONTENT_DISPOSITION, (value) -> assertThat(value).startsWith("attachment; filename="))
			.expectBody(byte[].class)
			.returnResult();
		byte[] body = result.getResponseBody();
		assertThat(body).isNotNull();
		return new String(body, StandardCharsets.UTF_8);
	}

	private static List<CSVRecord> parse(String body) throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
			return parser.getRecords();
		}
	}

}
