package org.awardsapi.stats;

import org.awardsapi.web.IdOrSlug;

/**
 * The filters of the wins-by-person-per-ceremony statistics. A filter that names nothing
 * known matches nothing.
 *
 * @param award the award programme, by numeric id or slug; {@code null} for any
 * @param ceremony the ceremony, by numeric id or slug; {@code null} for any
 * @param person the person, by numeric id or slug; {@code null} for any
 * @param minWins the least number of wins of a row, 1 or more
 * @param competitiveOnly whether to leave out Special and SciTech categories
 */
record WinsFilter(String award, String ceremony, String person, int minWins, boolean competitiveOnly) {

	WinsFilter {
		award = IdOrSlug.filter(award);
		ceremony = IdOrSlug.filter(ceremony);
		person = IdOrSlug.filter(person);
	}

	static WinsFilter unfiltered(int minWins) {
		return new WinsFilter(null, null, null, minWins, false);
	}

}
