package org.awardsapi.person;

import org.awardsapi.award.CategoryRef;
import org.awardsapi.ceremony.CeremonyRef;
import org.awardsapi.source.SourceRef;

/**
 * Words a person said at a ceremony.
 *
 * @param id the numeric id
 * @param person who said them
 * @param ceremony where
 * @param nominationId the nomination they belong to, if any
 * @param category that nomination's category, if any
 * @param text the words
 * @param source where they are quoted from
 */
public record QuoteView(long id, PersonRef person, CeremonyRef ceremony, Long nominationId, CategoryRef category,
		String text, SourceRef source) {

}
