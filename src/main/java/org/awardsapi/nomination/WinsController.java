package org.awardsapi.nomination;

import jakarta.validation.Valid;
import org.awardsapi.web.InvalidParameterException;
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

	/**
	 * The wins, narrowed as a nomination list is; {@code won=false} asks for what this
	 * list cannot hold, and is refused rather than ignored.
	 */
	@GetMapping("/api/wins")
	PageResponse<NominationView> wins(NominationFilter filter, @Valid PageQuery page) {
		if (Boolean.FALSE.equals(filter.won())) {
			throw new InvalidParameterException("won", "must be true or left out: /api/wins lists wins only "
					+ "(/api/nominations?won=false lists the nominations that did not win)");
		}
		return this.nominations.find(filter.withWon(true), page);
	}

}
