package org.awardsapi.ceremony;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.awardsapi.editing.EditingController;
import org.awardsapi.editing.Edits;
import org.awardsapi.nomination.NominationFilter;
import org.awardsapi.nomination.NominationQueryService;
import org.awardsapi.nomination.NominationView;
import org.awardsapi.web.PageQuery;
import org.awardsapi.web.PageResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ceremonies, newest first, and the nominations of each.
 */
@RestController
@RequestMapping("/api/ceremonies")
class CeremonyController extends EditingController<Ceremony, CeremonyRequest> {

	private final CeremonyQueryService ceremonies;

	private final NominationQueryService nominations;

	CeremonyController(CeremonyQueryService ceremonies, NominationQueryService nominations, Edits edits,
			CeremonyEditor editor) {
		super(edits, editor);
		this.ceremonies = ceremonies;
		this.nominations = nominations;
	}

	/**
	 * @param award award programme id or slug
	 * @param year the calendar year the ceremony was held in
	 */
	@GetMapping
	PageResponse<CeremonyView> ceremonies(@RequestParam(required = false) String award,
			@RequestParam(required = false) @Min(value = 1900, message = "must be 1900 or later") @Max(value = 9999,
					message = "must be at most 9999") Integer year,
			@Valid PageQuery page) {
		return this.ceremonies.ceremonies(award, year, page);
	}

	@GetMapping("/{id}")
	CeremonyDetail ceremony(@PathVariable String id) {
		return this.ceremonies.ceremony(id).respond();
	}

	/**
	 * @param category canonical category slug (matches every historical name of it)
	 * @param won only wins, or only the nominations that did not win
	 */
	@GetMapping("/{id}/nominations")
	PageResponse<NominationView> nominations(@PathVariable String id, @RequestParam(required = false) String category,
			@RequestParam(required = false) Boolean won, @Valid PageQuery page) {
		PageResponse<NominationView> nominations = this.nominations
			.find(new NominationFilter(null, id, category, null, null, won), page);
		if (nominations.content().isEmpty()) {
			// Only an empty page needs to know whether the ceremony is there at all (404)
			this.ceremonies.idOf(id);
		}
		return nominations;
	}

}
