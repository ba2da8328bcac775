package org.awardsapi.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;
import org.awardsapi.OscarsCsv;
import org.awardsapi.SqlStatements;
import org.awardsapi.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports DLu's whole {@code oscars.csv} (skipped where it is absent) through
 * {@code POST /api/imports} into a database of its own, then asks the API facts a reader
 * can check in the file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "awards.imports.enabled=true", "spring.datasource.url=jdbc:h2:mem:history;DB_CLOSE_DELAY=-1" })
@AutoConfigureRestTestClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FullHistoryImportTest {

	@Autowired
	RestTestClient client;

	@Autowired
	DataSource dataSource;

	byte[] file;

	@BeforeAll
	void importTheWholeFile() throws IOException {
		Path csv = OscarsCsv.require();
		this.file = Files.readAllBytes(csv);
		importAsEditor(this.file).expectBody()
			.jsonPath("$.rowsRead")
			.isEqualTo(12137)
			.jsonPath("$.ceremonies")
			.isEqualTo(98)
			.jsonPath("$.skipped")
			.isEmpty();
	}

	@Test
	void has98AcademyAwardsCeremonies() {
		this.client.get()
			.uri("/api/ceremonies?award=oscars&size=1")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.page.totalElements")
			.isEqualTo(98)
			.jsonPath("$.content[0].slug")
			.isEqualTo("oscars-98");
	}

	@Test
	void waltDisneyWonFourCompetitiveOscarsForFourFilmsAtThe26th() {
		this.client.get()
			.uri("/api/stats/wins-by-person-per-ceremony?person=walt-disney&ceremony=oscars-26&competitiveOnly=true")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[0].wins")
			.isEqualTo(4)
			.jsonPath("$.content[0].films.length()")
			.isEqualTo(4);
	}

	@Test
	void atThe92ndSouthKoreaWonInternationalFeatureAndBongJoonHoThree() {
		this.client.get()
			.uri("/api/ceremonies/oscars-92/nominations?category=international-feature-film&won=true")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[0].nominees[0].kind")
			.isEqualTo("country")
			.jsonPath("$.content[0].nominees[0].name")
			.isEqualTo("South Korea");
		this.client.get()
			.uri("/api/ceremonies/oscars-92/wins-by-person?size=1")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[0].person.name")
			.isEqualTo("Bong Joon Ho")
			.jsonPath("$.content[0].wins")
			.isEqualTo(3);
	}

	@Test
	void onlyDisneyAndBakerWonFourCompetitiveOscarsInOneNight() {
		this.client.get()
			.uri("/api/stats/wins-by-person-per-ceremony?minWins=4&competitiveOnly=true")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[*].person.slug")
			.isEqualTo(List.of("walt-disney", "sean-baker"))
			.jsonPath("$.content[*].ceremony.slug")
			.isEqualTo(List.of("oscars-26", "oscars-97"));
	}

	@Test
	void theSeededCeremonyIsNotDuplicatedAndKeepsTheArticlesFacts() {
		for (String q : List.of("sean baker", "mikey madison")) {
			this.client.get()
				.uri("/api/people?q={q}", q)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.page.totalElements")
				.isEqualTo(1);
		}
		this.client.get()
			.uri("/api/films?q=anora")
			.exchange()
			.expectBody()
			.jsonPath("$.page.totalElements")
			.isEqualTo(1);
		this.client.get()
			.uri("/api/ceremonies/oscars-97")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.counts.wins")
			.isEqualTo(138 - 120 + 23)
			.jsonPath("$.presentations[0].presenter.slug")
			.isEqualTo("quentin-tarantino");
		this.client.get()
			.uri("/api/people/sean-baker")
			.exchange()
			.expectBody()
			.jsonPath("$.quotes.length()")
			.isEqualTo(1)
			.jsonPath("$.credits.length()")
			.isEqualTo(4);
		this.client.get()
			.uri("/api/films/anora-2024")
			.exchange()
			.expectBody()
			.jsonPath("$.companies.length()")
			.isEqualTo(4)
			.jsonPath("$.nominationCount")
			.isEqualTo(7);
	}

	/**
	 * The 2nd ceremony announced its seven winners without nominations, and Hal Mohr won
	 * the 8th's cinematography as a write-in: the file marks each "NOT AN OFFICIAL
	 * NOMINATION" (lines 37 to 71, and 366), and each is an Oscar won.
	 */
	@Test
	void countsTheWinsThatWereNotOfficialNominations() {
		this.client.get()
			.uri("/api/ceremonies/oscars-2")
			.exchange()
			.expectBody()
			.jsonPath("$.counts.wins")
			.isEqualTo(7)
			.jsonPath("$.counts.nominations")
			.isEqualTo(7);
		this.client.get()
			.uri("/api/films/the-broadway-melody-1928")
			.exchange()
			.expectBody()
			.jsonPath("$.winCount")
			.isEqualTo(1);
		this.client.get().uri("/api/people/hal-mohr").exchange().expectBody().jsonPath("$.winCount").isEqualTo(2);
		this.client.get()
			.uri("/api/people/hal-mohr/wins-by-ceremony")
			.exchange()
			.expectBody()
			.jsonPath("$.content[?(@.ceremony.slug == 'oscars-8')].wins")
			.isEqualTo(List.of(1));
	}

	/**
	 * The statements of a request do not grow with the data: the largest pages and
	 * resources of the whole history still cost at most three.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/api/nominations?size=200", "/api/wins?size=200&award=oscars", "/api/films?size=200",
			"/api/people?size=200&q=john", "/api/people/walt-disney", "/api/people/walt-disney/nominations?size=200",
			"/api/people/walt-disney/wins-by-ceremony?size=200", "/api/films/anora-2024",
			"/api/ceremonies/oscars-26/wins-by-person?size=200", "/api/ceremonies/oscars-1",
			"/api/awards/oscars/categories?size=200",
			"/api/stats/wins-by-person-per-ceremony?size=200&competitiveOnly=true" })
	void aRequestStillCostsAtMostThreeStatements(String uri) {
		long statements = new SqlStatements(this.dataSource)
			.count(() -> this.client.get().uri(uri).exchange().expectStatus().isOk());
		assertThat(statements).as("statements for " + uri).isPositive().isLessThanOrEqualTo(3);
	}

	@Test
	void importingTheSameFileAgainChangesNothing() {
		importAsEditor(this.file).expectBody()
			.jsonPath("$.unchangedFile")
			.isEqualTo(true)
			.jsonPath("$.nominationsAdded")
			.isEqualTo(0);
	}

	@Test
	void aBadFileIsA422ProblemWithItsLine() {
		this.client.post()
			.uri("/api/imports")
			.headers((headers) -> headers.setBasicAuth(TestUsers.EDITOR, TestUsers.EDITOR_PASSWORD))
			.contentType(MediaType.parseMediaType(ImportController.TSV))
			.body(String.join("\t", DluFile.COLUMNS) + "\n97\t2024\tActing\n")
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.line")
			.isEqualTo(2)
			.jsonPath("$.type")
			.isEqualTo("urn:awards-api:problem:import-rejected");
	}

	private RestTestClient.ResponseSpec importAsEditor(byte[] file) {
		return this.client.post()
			.uri("/api/imports")
			.headers((headers) -> headers.setBasicAuth(TestUsers.EDITOR, TestUsers.EDITOR_PASSWORD))
			.contentType(MediaType.parseMediaType(ImportController.TSV))
			.body(file)
			.exchange()
			.expectStatus()
			.isOk();
	}

}
