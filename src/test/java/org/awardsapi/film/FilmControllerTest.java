package org.awardsapi.film;

import java.util.List;

import org.awardsapi.cache.DataVersion;
import org.awardsapi.nomination.NominationQueryService;
import org.awardsapi.web.NotFoundException;
import org.awardsapi.web.PageQuery;
import org.awardsapi.web.PageResponse;
import org.awardsapi.editing.Edits;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

@WebMvcTest(FilmController.class)
class FilmControllerTest {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	Edits edits;

	@MockitoBean
	FilmEditor editor;

	@MockitoBean
	FilmQueryService films;

	/** The ETags of every answer are derived from it. */
	@MockitoBean
	DataVersion dataVersion;

	@MockitoBean
	NominationQueryService nominations;

	@Test
	void passesTheSearchAndPageToTheService() {
		given(this.films.films(eq("anora"), eq(2024), any(PageQuery.class)))
			.willReturn(new PageResponse<>(List.of(new FilmView(6, "anora-2024", "Anora", 2024, "tt28607951", 7, 6)),
					new PageResponse.PageMetadata(5, 0, 1, 1)));
		assertThat(this.mvc.get().uri("/api/films?q=anora&year=2024&size=5")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.content[0].slug", (slug) -> slug.assertThat().isEqualTo("anora-2024"))
			.hasPathSatisfying("$.page.size", (size) -> size.assertThat().isEqualTo(5));
	}

	@Test
	void aBadParameterIsAProblemNamingItAndNeverReachesTheService() {
		assertThat(this.mvc.get().uri("/api/films?year=soon")).hasStatus(400)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.parameter", (p) -> p.assertThat().isEqualTo("year"))
			.hasPathSatisfying("$.detail", (d) -> d.assertThat().isEqualTo("year must be a whole number, not 'soon'"));
		assertThat(this.mvc.get().uri("/api/films?size=1000")).hasStatus(400)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].parameter", (p) -> p.assertThat().isEqualTo("size"));
		verifyNoInteractions(this.films);
	}

	@Test
	void anUnknownFilmIsA404Problem() {
		given(this.films.film("nope")).willThrow(new NotFoundException("film", "nope"));
		assertThat(this.mvc.get().uri("/api/films/nope")).hasStatus(404)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.type", (t) -> t.assertThat().isEqualTo("urn:awards-api:problem:not-found"))
			.hasPathSatisfying("$.instance", (i) -> i.assertThat().isEqualTo("/api/films/nope"));
	}

	@Test
	void anUnexpectedErrorShowsNoInternals() {
		given(this.films.film("boom")).willThrow(new IllegalStateException("select * from film where secret"));
		assertThat(this.mvc.get().uri("/api/films/boom")).hasStatus(500)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyText()
			.doesNotContain("select", "IllegalStateException", "secret");
	}

}
