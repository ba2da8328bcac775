package org.awardsapi;

import java.util.List;

import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every list endpoint, with and without its filters, reads a page in at most three SQL
 * statements (the page, its count, and the children of its rows), and a page of 50 costs
 * no more statements than a page of 1 (no N+1); every single resource costs at most three
 * too. {@code web.StatementsPerRequestTest} walks every GET endpoint the same way.
 */
@ApiIntegrationTest
class ListStatementCountTest {

	static final List<String> LISTS = List.of("/api/awards", "/api/awards/oscars/categories", "/api/ceremonies",
			"/api/ceremonies/oscars-97/nominations", "/api/nominations", "/api/wins",
			"/api/nominations?person=sean-baker", "/api/nominations?ceremony=oscars-97&category=best-picture&won=true",
			"/api/films", "/api/films?q=the", "/api/films/anora-2024/nominations", "/api/people", "/api/people?q=an",
			"/api/people/sean-baker/nominations", "/api/people/sean-baker/nominations?ceremony=oscars-97",
			"/api/people/sean-baker/wins-by-ceremony", "/api/ceremonies/oscars-97/wins-by-person",
			"/api/ceremonies/oscars-97/wins-by-film", "/api/stats/wins-by-person-per-ceremony",
			"/api/stats/wins-by-person-per-ceremony?award=oscars&competitiveOnly=true", "/api/sources",
			"/api/companies", "/api/companies?q=n");

	static final List<String> DETAILS = List.of("/api/awards/oscars", "/api/ceremonies/oscars-97",
			"/api/films/anora-2024", "/api/people/sean-baker", "/api/sources/academy-awards-database",
			"/api/companies/neon", "/api/categories/best-picture", "/api/nominations/1", "/api/credits/1",
			"/api/presentations/1", "/api/quotes/1", "/api/people/quentin-tarantino", "/api/people/mikey-madison",
			"/api/people/karla-sofia-gascon");

	static final long MAX = 3;

	@Autowired
	RestTestClient client;

	@Autowired
	DataSource dataSource;

	SqlStatements statements;

	@BeforeEach
	void countStatements() {
		this.statements = new SqlStatements(this.dataSource);
	}

	@ParameterizedTest
	@FieldSource("LISTS")
	void aLargerPageCostsNoMoreStatements(String list) {
		String separator = list.contains("?") ? "&" : "?";
		long one = count(list + separator + "size=1");
		long fifty = count(list + separator + "size=50");
		assertThat(one).as("statements for a page of 1 of " + list).isPositive().isLessThanOrEqualTo(MAX);
		assertThat(fifty).as("statements for a page of 50 of " + list).isLessThanOrEqualTo(one);
	}

	@ParameterizedTest
	@FieldSource("DETAILS")
	void aDetailCostsAFewStatements(String detail) {
		assertThat(count(detail)).as("statements for " + detail).isPositive().isLessThanOrEqualTo(MAX);
	}

	private long count(String uri) {
		return this.statements.count(() -> this.client.get().uri(uri).exchange().expectStatus().isOk());
	}

}
