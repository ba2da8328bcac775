package org.awardsapi.source;

import java.time.LocalDate;

import org.awardsapi.cache.DataVersion;
import org.awardsapi.web.NotFoundException;
import org.awardsapi.web.Versioned;
import org.awardsapi.editing.Edits;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

@WebMvcTest(SourceController.class)
class SourceControllerTest {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	Edits edits;

	@MockitoBean
	SourceEditor editor;

	@MockitoBean
	SourceQueryService sources;

	/** The ETags of every answer are derived from it. */
	@MockitoBean
	DataVersion dataVersion;

	@Test
	void writesDatesAsIso8601() {
		given(this.sources.source("article")).willReturn(new Versioned<>(new SourceView(1, "article",
				"Sean Baker wins 4 Oscars for Anora", null, LocalDate.of(2025, 3, 3), null, 16, 2, 1), 1, 0));
		assertThat(this.mvc.get().uri("/api/sources/article")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.publishedOn", (d) -> d.assertThat().isEqualTo("2025-03-03"))
			.hasPathSatisfying("$.url", (u) -> u.assertThat().isNull());
	}

	@Test
	void anUnknownSourceIsA404() {
		given(this.sources.source("rumour")).willThrow(new NotFoundException("source", "rumour"));
		assertThat(this.mvc.get().uri("/api/sources/rumour")).hasStatus(404);
	}

}
