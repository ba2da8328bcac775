package org.awardsapi;

import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every list endpoint reads a page in a fixed number of SQL statements: a page of 50
 * costs no more statements than a page of 1 (no N+1).
 */
@ApiIntegrationTest
class ListStatementCountTest {

	static final List<String> LISTS = List.of("/api/awards", "/api/awards/oscars/categories", "/api/ceremonies",
			"/api/ceremonies/oscars-97/nominations", "/api/nominations", "/api/wins",
			"/api/nominations?person=sean-baker", "/api/films", "/api/films?q=the", "/api/films/anora-2024/nominations",
			"/api/people", "/api/people?q=an", "/api/people/sean-baker/nominations", "/api/sources", "/api/companies",
			"/api/companies?q=n");

	static final List<String> DETAILS = List.of("/api/awards/oscars", "/api/ceremonies/oscars-97",
			"/api/films/anora-2024", "/api/people/sean-baker", "/api/sources/academy-awards-database",
			"/api/companies/neon", "/api/categories/best-picture", "/api/nominations/1", "/api/credits/1",
			"/api/presentations/1", "/api/quotes/1");

	@Autowired
	RestTestClient client;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	SqlStatements statements;

	@BeforeEach
	void countStatements() {
		this.statements = new SqlStatements(this.entityManagerFactory);
	}

	@ParameterizedTest
	@FieldSource("LISTS")
	void aLargerPageCostsNoMoreStatements(String list) {
		String separator = list.contains("?") ? "&" : "?";
		long one = count(list + separator + "size=1");
		long fifty = count(list + separator + "size=50");
		assertThat(one).as("statements for a page of 1 of " + list).isPositive().isLessThanOrEqualTo(7);
		assertThat(fifty).as("statements for a page of 50 of " + list).isLessThanOrEqualTo(one);
	}

	@ParameterizedTest
	@FieldSource("DETAILS")
	void aDetailCostsAFewStatements(String detail) {
		assertThat(count(detail)).as("statements for " + detail).isPositive().isLessThanOrEqualTo(10);
	}

	private long count(String uri) {
		return this.statements.count(() -> this.client.get().uri(uri).exchange().expectStatus().isOk());
	}

}
