package org.awardsapi.importing;

/**
 * Told how far an import has got.
 */
@FunctionalInterface
public interface ImportProgress {

	ImportProgress NONE = (done, total) -> {
	};

	/**
	 * @param done rows written so far
	 * @param total rows in the file
	 */
	void rows(int done, int total);

}
