package org.awardsapi.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;
import org.awardsapi.ApiIntegrationTest;
import org.awardsapi.SqlStatements;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every GET endpoint under {@code /api} answers in at most {@value #MAX} SQL statements,
 * whatever its page size and the data: walks the handler mappings with sample ids, so
 * that a new endpoint is counted without being listed here. A list costs no more for a
 * page of 50 than for a page of 1, nor for an empty page past its end (where the
 * {@code {id}} is looked up for its 404), and a {@code 304} costs none.
 */
@ApiIntegrationTest
class StatementsPerRequestTest {

	static final long MAX = 3;

	@Autowired
	RestTestClient client;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	DataSource dataSource;

	@TestFactory
	Stream<DynamicTest> everyEndpointCostsAtMostThreeStatements() {
		SqlStatements statements = new SqlStatements(this.dataSource);
		List<DynamicTest> tests = new ArrayList<>();
		for (ApiEndpoints endpoint : ApiEndpoints.of(this.mapping)) {
			if (endpoint.isList()) {
				tests.add(DynamicTest.dynamicTest(endpoint + ", a page of 1 and a page of 50", () -> {
					long one = count(statements, endpoint.uri() + "?size=1", HttpStatus.OK);
					long fifty = count(statements, endpoint.uri() + "?size=50", HttpStatus.OK);
					assertThat(one).as("statements for a page of 1").isPositive().isLessThanOrEqualTo(MAX);
					assertThat(fifty).as("statements for a page of 50").isLessThanOrEqualTo(one);
				}));
				tests.add(DynamicTest.dynamicTest(endpoint + ", an empty page past the end",
						() -> assertThat(count(statements, endpoint.uri() + "?size=5&page=1000", HttpStatus.OK))
							.isLessThanOrEqualTo(MAX)));
			}
			else {
				tests.add(DynamicTest.dynamicTest(endpoint.toString(),
						() -> assertThat(count(statements, endpoint.uri(), HttpStatus.OK)).isPositive()
							.isLessThanOrEqualTo(MAX)));
			}
			if (endpoint.hasId()) {
				tests.add(DynamicTest.dynamicTest(endpoint + ", an unknown id",
						() -> assertThat(count(statements, endpoint.uri("no-such-thing"), HttpStatus.NOT_FOUND))
							.isLessThanOrEqualTo(MAX)));
			}
			tests.add(DynamicTest.dynamicTest(endpoint + ", If-None-Match", () -> {
				String etag = this.client.get()
					.uri(endpoint.uri())
					.exchange()
					.expectStatus()
					.isOk()
					.returnResult()
					.getResponseHeaders()
					.getETag();
				assertThat(statements.count(() -> this.client.get()
					.uri(endpoint.uri())
					.header(HttpHeaders.IF_NONE_MATCH, etag)
					.exchange()
					.expectStatus()
					.isNotModified())).as("statements of a 304").isZero();
			}));
		}
		return tests.stream();
	}

	private long count(SqlStatements statements, String uri, HttpStatus status) {
		return statements.count(() -> this.client.get().uri(uri).exchange().expectStatus().isEqualTo(status));
	}

}
