package org.awardsapi.film;

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
 * Films, with credits, companies and awards.
 */
@RestController
@RequestMapping("/api/films")
class FilmController extends EditingController<Film, FilmRequest> {

	private final FilmQueryService films;

	private final NominationQueryService nominations;

	FilmController(FilmQueryService films, NominationQueryService nominations, Edits edits, FilmEditor editor) {
		super(edits, editor);
		this.films = films;
		this.nominations = nominations;
	}

	/**
	 * @param q words of the title, in any order, case and accents ignored
	 * @param year the film's year
	 */
	@GetMapping
	PageResponse<FilmView> films(
			@RequestParam(required = false) @Size(max = 200,
					message = "must be at most 200 characters") @SearchWords String q,
			@RequestParam(required = false) Integer year, @Valid PageQuery page) {
		return this.films.films(q, year, page);
	}

	@GetMapping("/{id}")
	FilmDetail film(@PathVariable String id) {
		return this.films.film(id).respond();
	}

	@GetMapping("/{id}/nominations")
	PageResponse<NominationView> nominations(@PathVariable String id, @RequestParam(required = false) Boolean won,
			@Valid PageQuery page) {
		PageResponse<NominationView> nominations = this.nominations
			.find(new NominationFilter(null, null, null, id, null, won), page);
		if (nominations.content().isEmpty()) {
			// Only an empty page needs to know whether the film is there at all (404)
			this.films.idOf(id);
		}
		return nominations;
	}

}
