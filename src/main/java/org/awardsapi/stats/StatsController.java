package org.awardsapi.stats;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import org.awardsapi.web.PageQuery;
import org.awardsapi.web.PageResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who won what: wins and nominations by person and by film at one ceremony, by ceremony
 * for one person, and by person and ceremony across ceremonies. Bad parameters are
 * validated by Spring MVC's own method validation and answered as 400 problems.
 */
@RestController
@RequestMapping("/api")
class StatsController {

	private final StatsService stats;

	StatsController(StatsService stats) {
		this.stats = stats;
	}

	@GetMapping("/ceremonies/{id}/wins-by-person")
	PageResponse<PersonWins> winsByPerson(@PathVariable String id, @Valid PageQuery page) {
		StatsSort sort = StatsQueries.WINS_BY_PERSON;
		return PageResponse.of(this.stats.winsByPerson(id, page.toPageable(sort.allowed(), sort.defaultSort())));
	}

	@GetMapping("/ceremonies/{id}/wins-by-film")
	PageResponse<FilmWins> winsByFilm(@PathVariable String id, @Valid PageQuery page) {
		StatsSort sort = StatsQueries.WINS_BY_FILM;
		return PageResponse.of(this.stats.winsByFilm(id, page.toPageable(sort.allowed(), sort.defaultSort())));
	}

	@GetMapping("/people/{id}/wins-by-ceremony")
	PageResponse<CeremonyWins> winsByCeremony(@PathVariable String id, @Valid PageQuery page) {
		StatsSort sort = StatsQueries.WINS_BY_CEREMONY;
		return PageResponse.of(this.stats.winsByCeremony(id, page.toPageable(sort.allowed(), sort.defaultSort())));
	}

	@GetMapping("/stats/wins-by-person-per-ceremony")
	PageResponse<PersonCeremonyWins> winsByPersonPerCeremony(@RequestParam(required = false) String award,
			@RequestParam(required = false) String ceremony, @RequestParam(required = false) String person,
			@RequestParam(defaultValue = "1") @Min(value = 1, message = "must be at least 1") Integer minWins,
			@RequestParam(defaultValue = "false") Boolean competitiveOnly, @Valid PageQuery page) {
		StatsSort sort = StatsQueries.WINS_BY_PERSON_PER_CEREMONY;
		// A blank value (minWins=%20) binds as null: as if not sent, as for every other
		// parameter (an empty one gets the default before binding)
		WinsFilter filter = new WinsFilter(award, ceremony, person, (minWins != null) ? minWins : 1,
				Boolean.TRUE.equals(competitiveOnly));
		return PageResponse
			.of(this.stats.winsByPersonPerCeremony(filter, page.toPageable(sort.allowed(), sort.defaultSort())));
	}

}
