package org.awardsapi.film;

import org.awardsapi.editing.EditingController;
import org.awardsapi.editing.Edits;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One credit by its id; editors write them. A film's credits are listed with the film.
 */
@RestController
@RequestMapping("/api/credits")
class CreditController extends EditingController<Credit, CreditRequest> {

	CreditController(Edits edits, CreditEditor credits) {
		super(edits, credits);
	}

	@GetMapping("/{id}")
	Object credit(@PathVariable String id) {
		return one(id);
	}

}
