package org.awardsapi.ceremony;

import org.awardsapi.award.CategoryRef;
import org.awardsapi.person.PersonRef;
import org.awardsapi.source.SourceRef;

/**
 * Who presented a category at a ceremony.
 *
 * @param id the numeric id
 * @param ceremony the ceremony
 * @param category the category presented
 * @param presenter who presented it
 * @param source where the fact comes from
 */
public record PresentationView(long id, CeremonyRef ceremony, CategoryRef category, PersonRef presenter,
		SourceRef source) {

}
