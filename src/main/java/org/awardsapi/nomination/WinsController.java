package org.awardsapi.nomination;

import jakarta.validation.Valid;
import org.awardsapi.web.PageQuery;
import org.awardsapi.web.PageResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Wins: the nominations that won, across ceremonies.
 */
@RestController
class WinsController {

	private final NominationQueryService nominations;

	WinsController(NominationQueryService nominations) {
		this.nominations = nominations;
	}

	@GetMapping("/api/wins")
	PageResponse<NominationView> wins(NominationFilter filter, @Valid PageQuery page) {
		return this.nominations.find(filter.withWon(true), page);
	}

}
