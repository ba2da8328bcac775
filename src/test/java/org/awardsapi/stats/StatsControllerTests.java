package org.awardsapi.stats;

import java.time.LocalDate;
import java.util.List;

import org.awardsapi.award.AwardRef;
import org.awardsapi.award.CategoryClass;
import org.awardsapi.award.CategoryRef;
import org.awardsapi.cache.DataVersion;
import org.awardsapi.ceremony.CeremonyRef;
import org.awardsapi.film.FilmRef;
import org.awardsapi.person.PersonRef;
import org.awardsapi.web.NotFoundException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;

/**
 * The statistics endpoints over MVC: the JSON they answer, and the 400 and 404 problems
 * of the shared error handling.
 */
@WebMvcTest(StatsController.class)
class StatsControllerTests {

	private static final FilmRef ANORA = new FilmRef(7, "anora-2024", "Anora", 2024);

	private static final PersonRef SEAN_BAKER = new PersonRef(3, "sean-baker", "Sean Baker");

	private static final CeremonyRef OSCARS_97 = new CeremonyRef(1, "oscars-97", "97th Academy Awards", 97,
			LocalDate.of(2025, 3, 2));

	private static final AwardRef OSCARS = new AwardRef(1, "oscars", "Academy Awards");

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private StatsService stats;

	/** The ETags of every answer are derived from it. */
	@MockitoBean
	private DataVersion dataVersion;

	@Test
	void winsByPersonAnswersPersonCountsNominationsAndFilms() {
		NominationEntry directing = new NominationEntry(
				new CategoryRef(5, "directing", "Directing", CategoryClass.Directing), List.of(ANORA), true);
		given(this.stats.winsByPerson(eq("oscars-97"), any()))
			.willReturn(page(new PersonWins(SEAN_BAKER, 1, 1, List.of(directing), List.of(ANORA))));
		assertThat(this.mvc.get().uri("/api/ceremonies/oscars-97/wins-by-person")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					{"content": [{"person": {"id": 3, "slug": "sean-baker", "name": "Sean Baker"},
					  "wins": 1, "nominations": 1,
					  "categories": [{"category": {"id": 5, "slug": "directing", "name": "Directing",
					    "categoryClass": "Directing"},
					    "films": [{"id": 7, "slug": "anora-2024", "title": "Anora", "year": 2024}], "won": true}],
					  "films": [{"id": 7, "slug": "anora-2024", "title": "Anora", "year": 2024}]}],
					 "page": {"size": 20, "number": 0, "totalElements": 1, "totalPages": 1}}
					""");
	}

	@Test
	void winsByPersonPerCeremonyPassesTheFiltersAndDefaults() {
		given(this.stats.winsByPersonPerCeremony(any(), any()))
			.willReturn(page(new PersonCeremonyWins(SEAN_BAKER, OSCARS_97, OSCARS, 4, 4, List.of(ANORA))));
		assertThat(this.mvc.get().uri("/api/stats/wins-by-person-per-ceremony").param("award", "oscars")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					{"content": [{"person": {"slug": "sean-baker"},
					  "ceremony": {"id": 1, "slug": "oscars-97", "name": "97th Academy Awards", "edition": 97,
					    "date": "2025-03-02"},
					  "award": {"id": 1, "slug": "oscars", "name": "Academy Awards"},
					  "wins": 4, "nominations": 4, "films": [{"slug": "anora-2024"}]}]}
					""");
		Sort defaultOrder = StatsQueries.WINS_BY_PERSON_PER_CEREMONY.defaultSort();
		then(this.stats).should()
			.winsByPersonPerCeremony(new WinsFilter("oscars", null, null, 1, false),
					PageRequest.of(0, 20, defaultOrder));
	}

	@Test
	void emptyOrBlankMinWinsAndCompetitiveOnlyAreAsIfNotSent() {
		given(this.stats.winsByPersonPerCeremony(any(), any())).willReturn(Page.empty(PageRequest.of(0, 20)));
		for (String value : List.of("", " ")) {
			assertThat(this.mvc.get()
				.uri("/api/stats/wins-by-person-per-ceremony")
				.param("minWins", value)
				.param("competitiveOnly", value)).hasStatusOk();
		}
		then(this.stats).should(times(2))
			.winsByPersonPerCeremony(new WinsFilter(null, null, null, 1, false),
					PageRequest.of(0, 20, StatsQueries.WINS_BY_PERSON_PER_CEREMONY.defaultSort()));
	}

	@Test
	void minWinsBelowOneIsAProblemNamingIt() {
		assertThat(this.mvc.get().uri("/api/stats/wins-by-person-per-ceremony").param("minWins", "0"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{"type": "urn:awards-api:problem:invalid-parameter", "status": 400, "parameter": "minWins",
					 "errors": [{"parameter": "minWins", "message": "must be at least 1"}]}
					""");
		then(this.stats).should(never()).winsByPersonPerCeremony(any(), any());
	}

	@Test
	void minWinsNotANumberIsAProblemNamingIt() {
		assertThat(this.mvc.get().uri("/api/stats/wins-by-person-per-ceremony").param("minWins", "abc"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{"type": "urn:awards-api:problem:invalid-parameter", "parameter": "minWins",
					 "errors": [{"parameter": "minWins", "message": "must be a whole number, not 'abc'"}]}
					""");
	}

	@Test
	void competitiveOnlyNotABooleanIsAProblemNamingIt() {
		assertThat(this.mvc.get().uri("/api/stats/wins-by-person-per-ceremony").param("competitiveOnly", "maybe"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.parameter")
			.isEqualTo("competitiveOnly");
	}

	@Test
	void pageSizeAboveTheLimitIsAProblemNamingIt() {
		assertThat(this.mvc.get().uri("/api/stats/wins-by-person-per-ceremony").param("size", "500"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{"parameter": "size", "errors": [{"parameter": "size", "message": "must be at most 200"}]}
					""");
		assertThat(this.mvc.get().uri("/api/ceremonies/oscars-97/wins-by-person").param("size", "500"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.parameter")
			.isEqualTo("size");
		then(this.stats).shouldHaveNoInteractions();
	}

	@Test
	void minWinsAndSizeTogetherAreBothNamed() {
		assertThat(
				this.mvc.get().uri("/api/stats/wins-by-person-per-ceremony").param("minWins", "0").param("size", "500"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[*].parameter")
			.asArray()
			.containsExactly("minWins", "size");
	}

	@Test
	void unknownSortIsAProblemNamingIt() {
		assertThat(this.mvc.get().uri("/api/ceremonies/oscars-97/wins-by-film").param("sort", "budget"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.isLenientlyEqualTo(
					"""
							{"parameter": "sort",
							 "errors": [{"parameter": "sort", "message": "cannot sort by 'budget'; allowed: nominations, title, wins; each may be followed by ,asc or ,desc"}]}
							""");
	}

	@Test
	void allowedSortComesBeforeTheDefaultOrder() {
		given(this.stats.winsByFilm(anyString(), any())).willReturn(Page.empty());
		assertThat(this.mvc.get().uri("/api/ceremonies/oscars-97/wins-by-film").param("sort", "title,desc"))
			.hasStatusOk();
		Pageable expected = PageRequest.of(0, 20,
				Sort.by(Sort.Order.desc("title")).and(StatsQueries.WINS_BY_FILM.defaultSort()));
		then(this.stats).should().winsByFilm("oscars-97", expected);
	}

	@Test
	void unknownCeremonyIsNotFound() {
		given(this.stats.winsByFilm(eq("oscars-999"), any()))
			.willThrow(new NotFoundException("ceremony", "oscars-999"));
		assertThat(this.mvc.get().uri("/api/ceremonies/oscars-999/wins-by-film")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{"type": "urn:awards-api:problem:not-found", "status": 404,
					 "detail": "No ceremony with id or slug 'oscars-999'"}
					""");
	}

	@Test
	void unknownPersonIsNotFound() {
		given(this.stats.winsByCeremony(eq("nobody"), any())).willThrow(new NotFoundException("person", "nobody"));
		assertThat(this.mvc.get().uri("/api/people/nobody/wins-by-ceremony")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void emptyResultIsAnEmptyPage() {
		given(this.stats.winsByPersonPerCeremony(any(), any())).willReturn(Page.empty(PageRequest.of(0, 20)));
		assertThat(this.mvc.get().uri("/api/stats/wins-by-person-per-ceremony").param("person", "nobody")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"content": [], "page": {"size": 20, "number": 0, "totalElements": 0, "totalPages": 0}}
					""");
	}

	private static <T> Page<T> page(T row) {
		return new PageImpl<>(List.of(row), PageRequest.of(0, 20), 1);
	}

}
