package org.awardsapi.person;

import org.awardsapi.editing.EditingController;
import org.awardsapi.editing.Edits;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One quote by its id; editors write them. A person's quotes are listed with the person.
 */
@RestController
@RequestMapping("/api/quotes")
class QuoteController extends EditingController<Quote, QuoteRequest> {

	QuoteController(Edits edits, QuoteEditor quotes) {
		super(edits, quotes);
	}

	@GetMapping("/{id}")
	Object quote(@PathVariable String id) {
		return one(id);
	}

}
