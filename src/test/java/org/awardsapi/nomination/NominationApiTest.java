package org.awardsapi.nomination;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.awardsapi.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@ApiIntegrationTest
class NominationApiTest {

	@Autowired
	RestTestClient client;

	@Test
	void filtersNominationsAcrossCeremoniesByPersonAndWon() {
		this.client.get()
			.uri("/api/nominations?person=sean-baker&won=true")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.page.totalElements")
			.isEqualTo(5)
			.jsonPath("$.content[*].category.slug")
			.isEqualTo(
					List.of("best-picture", "directing", "writing-original-screenplay", "film-editing", "palme-d-or"))
			.jsonPath("$.content[4].ceremony.slug")
			.isEqualTo("cannes-77")
			.jsonPath("$.content[4].award.slug")
			.isEqualTo("cannes");
	}

	@Test
	void showsTheCreditAsWrittenWithOrderedNomineesAndSources() {
		this.client.get()
			.uri("/api/nominations?ceremony=oscars-97&category=best-picture&won=true")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content.length()")
			.isEqualTo(1)
			.jsonPath("$.content[0].credit")
			.isEqualTo("Alex Coco, Samantha Quan and Sean Baker, Producers")
			.jsonPath("$.content[0].nominees[*].slug")
			.isEqualTo(List.of("alex-coco", "samantha-quan", "sean-baker"))
			.jsonPath("$.content[0].films[*].title")
			.isEqualTo(List.of("Anora"))
			.jsonPath("$.content[0].sources[*].slug")
			.isEqualTo(List.of("article-anora-97th-academy-awards", "academy-97th-academy-awards"));
	}

	@Test
	void aYesOrNoParameterTakesWhatSpringReadsAndEmptyIsNotSent() {
		long all = total("/api/nominations?film=anora-2024");
		long won = total("/api/nominations?film=anora-2024&won=true");
		assertThat(won).isPositive().isLessThan(all);
		for (String yes : List.of("TRUE", "yes", "on", "1")) {
			assertThat(total("/api/nominations?film=anora-2024&won=" + yes)).as(yes).isEqualTo(won);
		}
		for (String no : List.of("False", "no", "off", "0")) {
			assertThat(total("/api/nominations?film=anora-2024&won=" + no)).as(no).isEqualTo(all - won);
		}
		assertThat(total("/api/nominations?film=anora-2024&won=")).isEqualTo(all);
	}

	@Test
	void anEmptyFilterIsAsIfNotSent() {
		long all = total("/api/nominations?size=1");
		for (String filter : List.of("award", "ceremony", "category", "film", "person")) {
			assertThat(total("/api/nominations?size=1&" + filter + "=")).as(filter).isEqualTo(all);
			assertThat(total("/api/wins?size=1&" + filter + "= ")).as(filter).isEqualTo(total("/api/wins?size=1"));
		}
		assertThat(total("/api/ceremonies?award=")).isEqualTo(total("/api/ceremonies"));
		assertThat(total("/api/ceremonies/oscars-97/nominations?category="))
			.isEqualTo(total("/api/ceremonies/oscars-97/nominations"));
		assertThat(total("/api/people/sean-baker/nominations?ceremony="))
			.isEqualTo(total("/api/people/sean-baker/nominations"));
	}

	@Test
	void aNumericIdHasOneSpelling() {
		Map<?, ?> ceremony = this.client.get()
			.uri("/api/ceremonies/oscars-97")
			.exchange()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		String id = String.valueOf(ceremony.get("id"));
		this.client.get().uri("/api/ceremonies/" + id).exchange().expectStatus().isOk();
		this.client.get().uri("/api/ceremonies/0" + id).exchange().expectStatus().isNotFound();
		assertThat(total("/api/nominations?size=1&ceremony=0" + id)).isZero();
		assertThat(total("/api/nominations?size=1&ceremony=" + id)).isPositive();
	}

	private long total(String uri) {
		Map<?, ?> body = this.client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return ((Number) ((Map<?, ?>) body.get("page")).get("totalElements")).longValue();
	}

	@Test
	void winsAreTheNominationsThatWon() {
		this.client.get()
			.uri("/api/wins?film=anora-2024")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.page.totalElements")
			.isEqualTo(6)
			.jsonPath("$.content[*].won")
			.isEqualTo(List.of(true, true, true, true, true, true));
		this.client.get()
			.uri("/api/nominations?film=anora-2024&won=false")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[*].nominees[0].name")
			.isEqualTo(List.of("Yura Borisov"));
		this.client.get()
			.uri("/api/wins?film=anora-2024&won=true")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.page.totalElements")
			.isEqualTo(6);
	}

	@Test
	void winsRefuseToListWhatDidNotWin() {
		this.client.get()
			.uri("/api/wins?film=anora-2024&won=false")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.parameter")
			.isEqualTo("won")
			.jsonPath("$.detail")
			.isEqualTo("won must be true or left out: /api/wins lists wins only "
					+ "(/api/nominations?won=false lists the nominations that did not win)");
	}

	@Test
	void aFilterThatMatchesNothingGivesAnEmptyPage() {
		this.client.get()
			.uri("/api/nominations?person=nobody-at-all")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content")
			.isEmpty()
			.jsonPath("$.page.totalElements")
			.isEqualTo(0)
			.jsonPath("$.page.totalPages")
			.isEqualTo(0);
	}

	@Test
	void pagesAreNumberedFromZeroAndBounded() {
		this.client.get()
			.uri("/api/nominations?ceremony=oscars-97&size=50&page=2")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content.length()")
			.isEqualTo(24)
			.jsonPath("$.page.size")
			.isEqualTo(50)
			.jsonPath("$.page.number")
			.isEqualTo(2)
			.jsonPath("$.page.totalElements")
			.isEqualTo(124)
			.jsonPath("$.page.totalPages")
			.isEqualTo(3);
		this.client.get()
			.uri("/api/nominations?size=201")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.parameter")
			.isEqualTo("size")
			.jsonPath("$.errors[0].message")
			.isEqualTo("must be at most 200");
	}

	@Test
	void badParametersAreNamedInTheProblem() {
		this.client.get()
			.uri("/api/nominations?won=maybe")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:awards-api:problem:invalid-parameter")
			.jsonPath("$.errors[*].parameter")
			.isEqualTo(List.of("won"))
			.jsonPath("$.detail")
			.isEqualTo("won must be true or false, not 'maybe'");
		this.client.get()
			.uri("/api/nominations?page=-1&size=0")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].parameter")
			.isEqualTo(List.of("page", "size"));
		this.client.get()
			.uri("/api/nominations?sort=price")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.parameter")
			.isEqualTo("sort");
	}

	@Test
	void aValueOfTheWrongTypeIsNamedAsTheTypeItShouldBe() {
		// the paging and the filters are records, bound apart from the @RequestParams:
		// the same words for both
		assertBadRequest("/api/nominations?page=first", "page must be a whole number, not 'first'");
		assertBadRequest("/api/nominations?won=maybe", "won must be true or false, not 'maybe'");
		assertBadRequest("/api/people/sean-baker/nominations?won=maybe", "won must be true or false, not 'maybe'");
		// a whole number too large for the parameter
		assertBadRequest("/api/nominations?size=99999999999",
				"size must be a whole number no larger than 2147483647, not '99999999999'");
		assertBadRequest("/api/films?year=99999999999",
				"year must be a whole number no larger than 2147483647, not '99999999999'");
		assertBadRequest("/api/films?year=-99999999999",
				"year must be a whole number no smaller than -2147483648, not '-99999999999'");
		// ASCII digits only: not read as hexadecimal, nor in another script's digits
		assertBadRequest("/api/films?year=0x7E8", "year must be a whole number, not '0x7E8'");
		assertBadRequest(URI.create("/api/ceremonies?year=%232024"), "year must be a whole number, not '#2024'");
		assertBadRequest("/api/nominations?size=0x10&won=", "size must be a whole number, not '0x10'");
		assertBadRequest(URI.create("/api/stats/wins-by-person-per-ceremony?minWins=%234"),
				"minWins must be a whole number, not '#4'");
		assertBadRequest(URI.create("/api/films?year=%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%94"),
				"year must be a whole number, not '\uFF12\uFF10\uFF12\uFF14'");
		// a direction is asc or desc: sort=title,up arrives as two values
		assertBadRequest("/api/films?sort=title,up",
				"sort cannot sort by 'up'; allowed: title, year; each may be followed by ,asc or ,desc");
	}

	private void assertBadRequest(String uri, String detail) {
		assertBadRequest(this.client.get().uri(uri), detail);
	}

	/**
	 * For a URI whose query is written already encoded: a template would encode its %
	 * again.
	 */
	private void assertBadRequest(URI uri, String detail) {
		assertBadRequest(this.client.get().uri(uri), detail);
	}

	private void assertBadRequest(RestTestClient.RequestHeadersSpec<?> request, String detail) {
		request.exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.detail").isEqualTo(detail);
	}

}
