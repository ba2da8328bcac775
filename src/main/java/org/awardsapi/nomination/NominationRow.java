package org.awardsapi.nomination;

import java.time.LocalDate;

import org.awardsapi.award.CategoryClass;

/**
 * The flat columns of one nomination, read by one query for a whole page.
 */
record NominationRow(long id, long awardId, String awardSlug, String awardName, long ceremonyId, String ceremonySlug,
		String ceremonyName, int edition, LocalDate date, long categoryId, String categorySlug, String categoryName,
		CategoryClass categoryClass, String presentedAs, String credit, String detail, String note, String citation,
		boolean won, boolean official, long version) {

}
