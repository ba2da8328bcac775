package org.awardsapi.ceremony;

import java.util.List;

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
import static org.mockito.Mockito.verifyNoInteractions;

@WebMvcTest(CeremonyController.class)
class CeremonyControllerTest {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	Edits edits;

	@MockitoBean
	CeremonyEditor editor;

	@MockitoBean
	CeremonyQueryService ceremonies;

	/** The ETags of every answer are derived from it. */
	@MockitoBean
	DataVersion dataVersion;

	@MockitoBean
	NominationQueryService nominations;

	@Test
	void narrowsNominationsToTheCeremonyByIdOrSlugAndLooksItUpOnlyForAnEmptyPage() {
		given(this.ceremonies.idOf("oscars-97")).willReturn(1L);
		given(this.nominations.find(any(NominationFilter.class), any(PageQuery.class)))
			.willReturn(new PageResponse<>(List.of(), new PageResponse.PageMetadata(20, 0, 0, 0)));
		assertThat(this.mvc.get().uri("/api/ceremonies/oscars-97/nominations?category=directing&won=false"))
			.hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.content", (c) -> c.assertThat().asList().isEmpty());
		then(this.nominations).should()
			.find(new NominationFilter(null, "oscars-97", "directing", null, null, false),
					new PageQuery(null, null, null));
		then(this.ceremonies).should().idOf("oscars-97");
	}

	@Test
	void aYearOutOfRangeIsA400NamingIt() {
		assertThat(this.mvc.get().uri("/api/ceremonies?year=99999")).hasStatus(400)
			.bodyJson()
			.hasPathSatisfying("$.parameter", (p) -> p.assertThat().isEqualTo("year"));
		verifyNoInteractions(this.ceremonies);
	}

	@Test
	void anUnknownCeremonyIsA404() {
		given(this.ceremonies.ceremony("oscars-0")).willThrow(new NotFoundException("ceremony", "oscars-0"));
		assertThat(this.mvc.get().uri("/api/ceremonies/oscars-0")).hasStatus(404);
	}

}
