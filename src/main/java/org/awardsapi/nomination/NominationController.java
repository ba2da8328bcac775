package org.awardsapi.nomination;

import jakarta.validation.Valid;
import org.awardsapi.editing.EditingController;
import org.awardsapi.editing.Edits;
import org.awardsapi.web.PageQuery;
import org.awardsapi.web.PageResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Nominations across ceremonies; editors write them.
 */
@RestController
@RequestMapping("/api/nominations")
class NominationController extends EditingController<Nomination, NominationRequest> {

	private final NominationQueryService nominations;

	NominationController(NominationQueryService nominations, Edits edits, NominationEditor editor) {
		super(edits, editor);
		this.nominations = nominations;
	}

	@GetMapping("/{id}")
	Object nomination(@PathVariable String id) {
		return one(id);
	}

	@GetMapping
	PageResponse<NominationView> nominations(NominationFilter filter, @Valid PageQuery page) {
		return this.nominations.find(filter, page);
	}

}
