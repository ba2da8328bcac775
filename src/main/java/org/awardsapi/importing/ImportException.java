package org.awardsapi.importing;

/**
 * A file that cannot be imported, with the line that shows why. Nothing of the file is
 * kept.
 */
public class ImportException extends RuntimeException {

	private final long line;

	public ImportException(long line, String reason) {
		super((line > 0) ? "line " + line + ": " + reason : reason);
		this.line = line;
	}

	/**
	 * @return the line of the file (the header is line 1), or 0 for the file as a whole
	 */
	public long getLine() {
		return this.line;
	}

}
