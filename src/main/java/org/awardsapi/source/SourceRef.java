package org.awardsapi.source;

import java.time.LocalDate;

/**
 * A source as the facts citing it show it.
 *
 * @param id the numeric id
 * @param slug the slug
 * @param title the title
 * @param publisher who published it
 * @param publishedOn when
 * @param url where, if known
 */
public record SourceRef(long id, String slug, String title, String publisher, LocalDate publishedOn, String url) {

}
