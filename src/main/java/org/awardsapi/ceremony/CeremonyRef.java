package org.awardsapi.ceremony;

import java.time.LocalDate;

/**
 * A ceremony as other resources mention it.
 *
 * @param id the numeric id
 * @param slug the slug, such as {@code oscars-97}
 * @param name the name, such as "97th Academy Awards"
 * @param edition the edition number, such as 97
 * @param date the day it was held
 */
public record CeremonyRef(long id, String slug, String name, int edition, LocalDate date) {

}
