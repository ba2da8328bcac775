package org.awardsapi.award;

import jakarta.validation.Valid;
import org.awardsapi.editing.EditingController;
import org.awardsapi.editing.Edits;
import org.awardsapi.web.PageQuery;
import org.awardsapi.web.PageResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Award programmes and their categories.
 */
@RestController
@RequestMapping("/api/awards")
class AwardController extends EditingController<Award, AwardRequest> {

	private final AwardQueryService awards;

	AwardController(AwardQueryService awards, Edits edits, AwardEditor editor) {
		super(edits, editor);
		this.awards = awards;
	}

	@GetMapping
	PageResponse<AwardView> awards(@Valid PageQuery page) {
		return this.awards.awards(page);
	}

	@GetMapping("/{id}")
	AwardView award(@PathVariable String id) {
		return this.awards.award(id).respond();
	}

	@GetMapping("/{id}/categories")
	PageResponse<CategoryView> categories(@PathVariable String id,
			@RequestParam(name = "class", required = false) CategoryClass categoryClass, @Valid PageQuery page) {
		return this.awards.categories(id, categoryClass, page);
	}

}
