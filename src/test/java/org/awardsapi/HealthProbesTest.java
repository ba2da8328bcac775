package org.awardsapi;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The probes a load balancer or an orchestrator asks: liveness (the process is alive) and
 * readiness (send it traffic), both UP once the application has started, readiness only
 * while the database answers.
 */
@ApiIntegrationTest
class HealthProbesTest {

	@Autowired
	RestTestClient client;

	@Autowired
	HealthEndpointGroups groups;

	@Test
	void livenessIsUp() {
		this.client.get()
			.uri("/actuator/health/liveness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void actuatorsOwnTypeIsAnsweredWhenAskedFor() {
		// Spring Boot Admin and other monitors ask for it; web.JsonLabel leaves it alone
		MediaType actuator = MediaType.parseMediaType("application/vnd.spring-boot.actuator.v3+json");
		this.client.get()
			.uri("/actuator/health/liveness")
			.accept(actuator)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(actuator);
	}

	@Test
	void anUnknownGroupIsANotFoundProblem() {
		// found by fuzzing: Actuator's 404 had no body and no type
		this.client.get()
			.uri("/actuator/health/nothing")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:awards-api:problem:not-found");
	}

	@Test
	void readinessIsUp() {
		this.client.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void readinessAsksTheDatabaseAndLivenessDoesNot() {
		assertThat(this.groups.get("readiness").isMember("db")).isTrue();
		assertThat(this.groups.get("readiness").isMember("readinessState")).isTrue();
		assertThat(this.groups.get("liveness").isMember("db")).as("a database outage restarts nothing").isFalse();
	}

}
