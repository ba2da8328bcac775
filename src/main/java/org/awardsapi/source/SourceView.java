package org.awardsapi.source;

import java.time.LocalDate;

/**
 * A source with how many facts cite it.
 *
 * @param id the numeric id
 * @param slug the slug
 * @param title the title
 * @param publisher who published it
 * @param publishedOn when
 * @param url where, if known
 * @param nominations nominations citing it
 * @param quotes quotes taken from it
 * @param presentations presentations citing it
 */
public record SourceView(long id, String slug, String title, String publisher, LocalDate publishedOn, String url,
		long nominations, long quotes, long presentations) {

}
