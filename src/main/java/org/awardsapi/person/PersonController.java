package org.awardsapi.person;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.awardsapi.editing.EditingController;
import org.awardsapi.editing.Edits;
import org.awardsapi.nomination.NominationFilter;
import org.awardsapi.nomination.NominationQueryService;
import org.awardsapi.nomination.NominationView;
import org.awardsapi.shared.SearchWords;
import org.awardsapi.web.PageQuery;
import org.awardsapi.web.PageResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * People, with credits and awards.
 */
@RestController
@RequestMapping("/api/people")
class PersonController extends EditingController<Person, PersonRequest> {

	private final PersonQueryService people;

	private final NominationQueryService nominations;

	PersonController(PersonQueryService people, NominationQueryService nominations, Edits edits, PersonEditor editor) {
		super(edits, editor);
		this.people = people;
		this.nominations = nominations;
	}

	/**
	 * @param q words of the name, in any order, case and accents ignored ("karla sofia
	 * gascon", "baker sean")
	 */
	@GetMapping
	PageResponse<PersonView> people(@RequestParam(required = false) @Size(max = 200,
			message = "must be at most 200 characters") @SearchWords String q, @Valid PageQuery page) {
		return this.people.people(q, page);
	}

	@GetMapping("/{id}")
	PersonDetail person(@PathVariable String id) {
		return this.people.person(id).respond();
	}

	/**
	 * @param won only wins, or only the nominations that did not win
	 * @param ceremony ceremony id or slug
	 */
	@GetMapping("/{id}/nominations")
	PageResponse<NominationView> nominations(@PathVariable String id, @RequestParam(required = false) Boolean won,
			@RequestParam(required = false) String ceremony, @Valid PageQuery page) {
		PageResponse<NominationView> nominations = this.nominations
			.find(new NominationFilter(null, ceremony, null, null, id, won), page);
		if (nominations.content().isEmpty()) {
			// Only an empty page needs to know whether the person is there at all (404)
			this.people.idOf(id);
		}
		return nominations;
	}

}
