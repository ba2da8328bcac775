package org.awardsapi.importing;

import java.util.List;

import org.awardsapi.award.CategoryClass;

/**
 * One row of DLu/oscar_data's {@code oscars.csv}: one nomination or award, checked.
 *
 * @param line the line of the file it was read from
 * @param ceremony the ceremony number
 * @param year the film year or years, such as "2024" or "1927/28"
 * @param categoryClass the class
 * @param canonicalCategory the dataset's canonical category
 * @param category the category as presented that year
 * @param films the film titles
 * @param filmIds the IMDb title ids in the order of the titles ({@code null} where
 * unknown)
 * @param name the nominee credit as written (the country, for International Feature Film)
 * @param nominees the nominee names
 * @param nomineeIds the IMDb name or company ids in the order of the names ({@code null}
 * where unknown; several, comma-separated, where one name is a joint pseudonym)
 * @param winner whether it won
 * @param detail the character, song or other detail
 * @param note the official note
 * @param citation the wording of an honorary or technical award
 */
record DluRow(long line, int ceremony, String year, CategoryClass categoryClass, String canonicalCategory,
		String category, List<String> films, List<String> filmIds, String name, List<String> nominees,
		List<String> nomineeIds, boolean winner, String detail, String note, String citation) {

	static final String NOT_OFFICIAL = "NOT AN OFFICIAL NOMINATION";

	/**
	 * @return whether the dataset marks this row as not an official nomination
	 */
	boolean official() {
		return this.note == null || !this.note.toUpperCase(java.util.Locale.ROOT).contains(NOT_OFFICIAL);
	}

	/**
	 * @return the first year of the film year, such as 1927 for "1927/28"
	 */
	int firstYear() {
		return Integer.parseInt(this.year.substring(0, 4));
	}

}
