package org.awardsapi.person;

import org.awardsapi.cache.DataVersion;
import org.awardsapi.nomination.NominationFilter;
import org.awardsapi.nomination.NominationQueryService;
import org.awardsapi.web.NotFoundException;
import org.awardsapi.web.PageQuery;
import org.awardsapi.web.PageResponse;
import org.awardsapi.editing.Edits;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

@WebMvcTest(PersonController.class)
class PersonControllerTest {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	Edits edits;

	@MockitoBean
	PersonEditor editor;

	@MockitoBean
	PersonQueryService people;

	/** The ETags of every answer are derived from it. */
	@MockitoBean
	DataVersion dataVersion;

	@MockitoBean
	NominationQueryService nominations;

	@Test
	void narrowsNominationsToThePersonByIdOrSlugAndLooksItUpOnlyForAnEmptyPage() {
		given(this.people.idOf("sean-baker")).willReturn(197L);
		given(this.nominations.find(any(NominationFilter.class), any(PageQuery.class)))
			.willReturn(new PageResponse<>(java.util.List.of(), new PageResponse.PageMetadata(20, 0, 0, 0)));
		assertThat(this.mvc.get().uri("/api/people/sean-baker/nominations?won=true&ceremony=oscars-97")).hasStatusOk();
		then(this.nominations).should()
			.find(new NominationFilter(null, "oscars-97", null, null, "sean-baker", true),
					new PageQuery(null, null, null));
		then(this.people).should().idOf("sean-baker");
	}

	@Test
	void anUnknownPersonIsA404() {
		given(this.nominations.find(any(NominationFilter.class), any(PageQuery.class)))
			.willReturn(new PageResponse<>(java.util.List.of(), new PageResponse.PageMetadata(20, 0, 0, 0)));
		given(this.people.idOf("nobody")).willThrow(new NotFoundException("person", "nobody"));
		assertThat(this.mvc.get().uri("/api/people/nobody/nominations")).hasStatus(404)
			.bodyJson()
			.hasPathSatisfying("$.detail", (d) -> d.assertThat().isEqualTo("No person with id or slug 'nobody'"));
	}

	@Test
	void aTooLongQueryIsA400() {
		assertThat(this.mvc.get().uri("/api/people?q=" + "a".repeat(300))).hasStatus(400)
			.bodyJson()
			.hasPathSatisfying("$.parameter", (p) -> p.assertThat().isEqualTo("q"));
	}

}
