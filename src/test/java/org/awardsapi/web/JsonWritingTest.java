package org.awardsapi.web;

import org.awardsapi.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.module.blackbird.BlackbirdModule;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON mapper that writes every answer reads records through Blackbird's generated
 * accessors, and what it writes is what reflection wrote: every component, in order.
 */
@ApiIntegrationTest
class JsonWritingTest {

	@Autowired
	JsonMapper json;

	@Autowired
	RestTestClient client;

	@Test
	void theMapperOfTheAnswersHasBlackbird() {
		assertThat(this.json.registeredModules()).anyMatch(BlackbirdModule.class::isInstance);
	}

	@Test
	void aRecordIsWrittenWholeAndInTheOrderOfItsComponents() {
		String body = this.client.get()
			.uri("/api/awards/oscars")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).startsWith("{\"id\":").contains("\"slug\":\"oscars\"", "\"name\":\"Academy Awards\"");
		assertThat(body.indexOf("\"slug\"")).isLessThan(body.indexOf("\"name\""));
	}

}
