package org.awardsapi.nomination;

import jakarta.validation.Valid;
import org.awardsapi.web.PageQuery;
import org.awardsapi.web.PageResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Nominations across ceremonies, and wins (the nominations that won).
 */
@RestController
@RequestMapping("/api")
class NominationController {

	private final NominationQueryService nominations;

	NominationController(NominationQueryService nominations) {
		this.nominations = nominations;
	}

	@GetMapping("/nominations")
	PageResponse<NominationView> nominations(@ModelAttribute NominationFilter filter,
			@Valid @ModelAttribute PageQuery page) {
		return this.nominations.find(filter, page);
	}

	@GetMapping("/wins")
	PageResponse<NominationView> wins(@ModelAttribute NominationFilter filter, @Valid @ModelAttribute PageQuery page) {
		return this.nominations.find(filter.withWon(true), page);
	}

}
