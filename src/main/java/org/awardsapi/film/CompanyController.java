package org.awardsapi.film;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.awardsapi.editing.EditingController;
import org.awardsapi.editing.Edits;
import org.awardsapi.shared.SearchWords;
import org.awardsapi.web.PageQuery;
import org.awardsapi.web.PageResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Studios, producers and distributors; editors write them.
 */
@RestController
@RequestMapping("/api/companies")
class CompanyController extends EditingController<Company, CompanyRequest> {

	private final CompanyQueryService companies;

	CompanyController(CompanyQueryService companies, Edits edits, CompanyEditor editor) {
		super(edits, editor);
		this.companies = companies;
	}

	/**
	 * @param q words of the name, in any order, case and accents ignored
	 */
	@GetMapping
	PageResponse<CompanyView> companies(@RequestParam(required = false) @Size(max = 200,
			message = "must be at most 200 characters") @SearchWords String q, @Valid PageQuery page) {
		return this.companies.companies(q, page);
	}

	@GetMapping("/{id}")
	Object company(@PathVariable String id) {
		return this.companies.company(id).respond();
	}

}
