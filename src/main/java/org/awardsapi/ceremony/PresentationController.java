package org.awardsapi.ceremony;

import org.awardsapi.editing.EditingController;
import org.awardsapi.editing.Edits;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One presentation by its id; editors write them. A ceremony's presentations are listed
 * with the ceremony, a person's with the person.
 */
@RestController
@RequestMapping("/api/presentations")
class PresentationController extends EditingController<Presentation, PresentationRequest> {

	PresentationController(Edits edits, PresentationEditor presentations) {
		super(edits, presentations);
	}

	@GetMapping("/{id}")
	Object presentation(@PathVariable String id) {
		return one(id);
	}

}
