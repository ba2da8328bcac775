package org.awardsapi.nomination;

/**
 * A nominee of a nomination: a person or a company (with its id and slug), or a country.
 *
 * @param kind person, company or country
 * @param name the name as credited
 * @param id the person's or company's id; {@code null} for a country
 * @param slug the person's or company's slug; {@code null} for a country
 */
public record NomineeView(NomineeKind kind, String name, Long id, String slug) {

}
