package org.awardsapi.award;

import java.util.List;

import org.awardsapi.cache.DataVersion;
import org.awardsapi.web.NotFoundException;
import org.awardsapi.web.PageQuery;
import org.awardsapi.web.PageResponse;
import org.awardsapi.web.Versioned;
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

@WebMvcTest(AwardController.class)
class AwardControllerTest {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	Edits edits;

	@MockitoBean
	AwardEditor editor;

	@MockitoBean
	AwardQueryService awards;

	/** The ETags of every answer are derived from it. */
	@MockitoBean
	DataVersion dataVersion;

	@Test
	void answersAnAwardAsJson() {
		given(this.awards.award("oscars")).willReturn(new Versioned<>(
				new AwardView(1, "oscars", "Academy Awards", "Academy of Motion Picture Arts and Sciences", 98, 66), 1,
				0));
		assertThat(this.mvc.get().uri("/api/awards/oscars")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.hasPathSatisfying("$.presentedBy",
					(p) -> p.assertThat().isEqualTo("Academy of Motion Picture Arts and Sciences"))
			.hasPathSatisfying("$.ceremonies", (c) -> c.assertThat().isEqualTo(98));
	}

	@Test
	void bindsTheClassFilterAsAnEnum() {
		given(this.awards.categories(eq("oscars"), eq(CategoryClass.Writing), any(PageQuery.class)))
			.willReturn(new PageResponse<>(
					List.of(new CategoryView(23, "writing-original-screenplay", "Writing (Original Screenplay)",
							CategoryClass.Writing, true, 425, List.of("Writing (Original Screenplay)"))),
					new PageResponse.PageMetadata(20, 0, 1, 1)));
		assertThat(this.mvc.get().uri("/api/awards/oscars/categories?class=Writing")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.content[0].competitive", (c) -> c.assertThat().isEqualTo(true));
		assertThat(this.mvc.get().uri("/api/awards/oscars/categories?class=Poetry")).hasStatus(400)
			.bodyJson()
			.hasPathSatisfying("$.parameter", (p) -> p.assertThat().isEqualTo("class"));
	}

	@Test
	void anUnknownAwardIsA404() {
		given(this.awards.award("emmys")).willThrow(new NotFoundException("award", "emmys"));
		assertThat(this.mvc.get().uri("/api/awards/emmys")).hasStatus(404)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
