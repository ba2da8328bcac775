package org.awardsapi.nomination;

import java.util.List;

import org.awardsapi.cache.DataVersion;
import org.awardsapi.web.PageQuery;
import org.awardsapi.web.PageResponse;
import org.awardsapi.editing.Edits;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.times;

@WebMvcTest({ NominationController.class, WinsController.class })
class NominationControllerTest {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	Edits edits;

	@MockitoBean
	NominationEditor editor;

	@MockitoBean
	NominationQueryService nominations;

	/** The ETags of every answer are derived from it. */
	@MockitoBean
	DataVersion dataVersion;

	@Test
	void bindsEveryFilterAndThePage() {
		given(this.nominations.find(any(NominationFilter.class), any(PageQuery.class)))
			.willReturn(new PageResponse<>(List.of(), new PageResponse.PageMetadata(5, 1, 0, 0)));
		assertThat(this.mvc.get()
			.uri("/api/nominations?award=oscars&ceremony=oscars-97&category=directing&film=anora-2024"
					+ "&person=sean-baker&won=true&page=1&size=5&sort=date,desc"))
			.hasStatusOk();
		then(this.nominations).should()
			.find(new NominationFilter("oscars", "oscars-97", "directing", "anora-2024", "sean-baker", true),
					new PageQuery(1, 5, List.of("date", "desc")));
	}

	@Test
	void winsAreAlwaysWon() {
		given(this.nominations.find(any(NominationFilter.class), any(PageQuery.class)))
			.willReturn(new PageResponse<>(List.of(), new PageResponse.PageMetadata(20, 0, 0, 0)));
		assertThat(this.mvc.get().uri("/api/wins?film=anora-2024")).hasStatusOk();
		assertThat(this.mvc.get().uri("/api/wins?film=anora-2024&won=true")).hasStatusOk();
		then(this.nominations).should(times(2))
			.find(new NominationFilter(null, null, null, "anora-2024", null, true), new PageQuery(null, null, null));
	}

	@Test
	void winsRefuseWonFalseWithoutAQuery() {
		assertThat(this.mvc.get().uri("/api/wins?film=anora-2024&won=false")).hasStatus(HttpStatus.BAD_REQUEST);
		then(this.nominations).shouldHaveNoInteractions();
	}

}
