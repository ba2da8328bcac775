package org.awardsapi.importing;

import java.util.List;

/**
 * What an import did.
 *
 * @param rowsRead the rows of the file
 * @param ceremonies the ceremonies the file covers
 * @param ceremoniesAdded ceremonies new to the database
 * @param nominationsAdded nominations new to the database
 * @param nominationsUnchanged rows already in the database (from the seed or an earlier
 * import), left as they are
 * @param peopleAdded people new to the database
 * @param filmsAdded films new to the database
 * @param companiesAdded companies new to the database
 * @param skipped rows left out, with the reason
 * @param unchangedFile {@code true} when this very file was imported before, so nothing
 * was read into the database
 * @param seconds how long it took
 */
public record ImportSummary(int rowsRead, int ceremonies, int ceremoniesAdded, int nominationsAdded,
		int nominationsUnchanged, int peopleAdded, int filmsAdded, int companiesAdded, List<SkippedRow> skipped,
		boolean unchangedFile, double seconds) {

	/**
	 * A row left out.
	 *
	 * @param line its line in the file
	 * @param reason why
	 */
	public record SkippedRow(long line, String reason) {
	}

}
