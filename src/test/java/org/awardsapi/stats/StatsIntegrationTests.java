package org.awardsapi.stats;

import org.awardsapi.ApiIntegrationTest;
import org.awardsapi.person.PersonRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.assertj.RestTestClientResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics endpoints over real HTTP against the seed.
 */
@ApiIntegrationTest
class StatsIntegrationTests {

	@Autowired
	private RestTestClient client;

	@Autowired
	private PersonRepository people;

	@Test
	void seanBakerWonMostAtThe97thAcademyAwards() {
		RestTestClientResponse response = get("/api/ceremonies/oscars-97/wins-by-person?size=1");
		assertThat(response).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				{"content": [{"person": {"slug": "sean-baker", "name": "Sean Baker"}, "wins": 4, "nominations": 4,
				  "films": [{"slug": "anora-2024", "title": "Anora", "year": 2024}]}],
				 "page": {"size": 1, "number": 0, "totalElements": 225, "totalPages": 225}}
				""");
		assertThat(response).bodyJson()
			.extractingPath("$.content[0].categories[*].category.name")
			.asArray()
			.containsExactly("Best Picture", "Directing", "Film Editing", "Writing (Original Screenplay)");
		assertThat(response).bodyJson().extractingPath("$.content[0].categories[*].won").asArray().containsOnly(true);
		assertThat(response).bodyJson()
			.extractingPath("$.content[0].categories[*].films[*].slug")
			.asArray()
			.containsOnly("anora-2024");
	}

	@Test
	void anoraWonMostFilmsAtThe97thAcademyAwards() {
		assertThat(get("/api/ceremonies/oscars-97/wins-by-film?size=1")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				{"content": [{"film": {"slug": "anora-2024", "title": "Anora", "year": 2024},
				  "wins": 5, "nominations": 6}],
				 "page": {"size": 1, "number": 0, "totalElements": 50}}
				""");
	}

	@Test
	void seanBakerWonAtTwoCeremoniesNewestFirst() {
		long seanBaker = this.people.findBySlug("sean-baker").orElseThrow().getId();
		RestTestClientResponse response = get("/api/people/" + seanBaker + "/wins-by-ceremony");
		assertThat(response).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo(
					"""
							{"content": [
							  {"ceremony": {"slug": "oscars-97", "name": "97th Academy Awards", "edition": 97, "date": "2025-03-02"},
							   "award": {"slug": "oscars", "name": "Academy Awards"}, "wins": 4, "nominations": 4,
							   "films": [{"slug": "anora-2024", "title": "Anora", "year": 2024}]},
							  {"ceremony": {"slug": "cannes-77", "name": "77th Cannes Film Festival", "edition": 77,
							     "date": "2024-05-25"},
							   "award": {"slug": "cannes", "name": "Cannes Film Festival"}, "wins": 1, "nominations": 1,
							   "categories": [{"category": {"slug": "palme-d-or", "name": "Palme d'Or", "categoryClass": "Title"},
							     "films": [{"slug": "anora-2024"}], "won": true}],
							   "films": [{"slug": "anora-2024"}]}],
							 "page": {"size": 20, "number": 0, "totalElements": 2, "totalPages": 1}}
							""");
		assertThat(response).bodyJson()
			.extractingPath("$.content[*].ceremony.slug")
			.asArray()
			.containsExactly("oscars-97", "cannes-77");
		assertThat(response).bodyJson()
			.extractingPath("$.content[0].categories[*].category.slug")
			.asArray()
			.containsExactly("best-picture", "directing", "film-editing", "writing-original-screenplay");
		assertThat(get("/api/people/sean-baker/wins-by-ceremony?size=1")).bodyJson()
			.extractingPath("$.content[*].ceremony.slug")
			.asArray()
			.containsExactly("oscars-97");
	}

	@Test
	void waltDisneyThenSeanBakerWonFourCompetitiveOscarsInOneNight() {
		assertThat(get("/api/stats/wins-by-person-per-ceremony?minWins=4&competitiveOnly=true")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					{"content": [
					  {"person": {"slug": "walt-disney", "name": "Walt Disney"},
					   "ceremony": {"slug": "oscars-26", "edition": 26, "date": "1954-03-25"},
					   "award": {"slug": "oscars"}, "wins": 4, "nominations": 6,
					   "films": [{"title": "Bear Country"}, {"title": "The Alaskan Eskimo"},
					     {"title": "The Living Desert"}, {"title": "Toot, Whistle, Plunk and Boom"}]},
					  {"person": {"slug": "sean-baker", "name": "Sean Baker"},
					   "ceremony": {"slug": "oscars-97", "edition": 97, "date": "2025-03-02"},
					   "award": {"slug": "oscars"}, "wins": 4, "nominations": 4,
					   "films": [{"slug": "anora-2024", "title": "Anora"}]}],
					 "page": {"totalElements": 2, "totalPages": 1}}
					""");
		assertThat(get("/api/stats/wins-by-person-per-ceremony?minWins=4&competitiveOnly=true")).bodyJson()
			.extractingPath("$.content[*].person.slug")
			.asArray()
			.containsExactly("walt-disney", "sean-baker");
		assertThat(get("/api/stats/wins-by-person-per-ceremony?minWins=4&competitiveOnly=true")).bodyJson()
			.extractingPath("$.content[0].films[*].slug")
			.asArray()
			.containsExactly("bear-country-1953", "the-alaskan-eskimo-1953", "the-living-desert-1953",
					"toot-whistle-plunk-and-boom-1953");
	}

	@Test
	void winsByPersonPerCeremonyFilters() {
		assertThat(get("/api/stats/wins-by-person-per-ceremony?award=cannes")).bodyJson()
			.extractingPath("$.content[*].person.slug")
			.asArray()
			.containsExactly("sean-baker");
		assertThat(get("/api/stats/wins-by-person-per-ceremony?person=sean-baker&ceremony=oscars-97")).bodyJson()
			.extractingPath("$.content[*].wins")
			.asArray()
			.containsExactly(4);
		assertThat(get("/api/stats/wins-by-person-per-ceremony?award=emmys")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"content": [], "page": {"size": 20, "number": 0, "totalElements": 0, "totalPages": 0}}
					""");
	}

	@Test
	void unknownIdsAreNotFound() {
		assertThat(get("/api/ceremonies/oscars-999/wins-by-person")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(get("/api/ceremonies/999999/wins-by-film")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(get("/api/people/nobody-at-all/wins-by-ceremony")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("No person with id or slug 'nobody-at-all'");
	}

	@Test
	void badParametersAreProblems() {
		assertThat(get("/api/stats/wins-by-person-per-ceremony?minWins=0")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.parameter")
			.isEqualTo("minWins");
		assertThat(get("/api/ceremonies/oscars-97/wins-by-person?size=500")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.parameter")
			.isEqualTo("size");
	}

	private RestTestClientResponse get(String uri) {
		return RestTestClientResponse.from(this.client.get().uri(uri).exchange());
	}

}
