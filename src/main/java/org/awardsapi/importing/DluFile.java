package org.awardsapi.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.awardsapi.award.CategoryClass;

/**
 * Reads and checks DLu/oscar_data's {@code oscars.csv}: tab-separated despite its name,
 * one header line, backslash-escaped quotes, trailing empty fields left out, several
 * values of a field separated by {@code |}, and {@code ?} for an unknown IMDb id. Every
 * row is checked before anything is imported; the first bad row stops the import with its
 * line number, and so does a last row without a line break (the file was cut short).
 */
final class DluFile {

	static final List<String> COLUMNS = List.of("Ceremony", "Year", "Class", "CanonicalCategory", "Category", "Film",
			"FilmId", "Name", "Nominees", "NomineeIds", "Winner", "Detail", "Note", "Citation");

	/**
	 * Tab-separated, {@code \} escapes (a quote is written {@code \"}); the quote
	 * character is set only so that the parser unescapes {@code \"}: the file never
	 * quotes a field.
	 */
	private static final CSVFormat FORMAT = CSVFormat.Builder.create()
		.setDelimiter('\t')
		.setQuote('"')
		.setEscape('\\')
		.setRecordSeparator('\n')
		.setIgnoreEmptyLines(true)
		.setIgnoreSurroundingSpaces(false)
		.setTrim(false)
		.get();

	private static final Pattern YEAR = Pattern.compile("\\d{4}(/\\d{2})?");

	private static final Pattern FILM_ID = Pattern.compile("tt\\d{7,10}|\\?");

	/**
	 * An id, or several for one name (a joint pseudonym such as Roderick Jaynes), or ?.
	 */
	private static final Pattern NOMINEE_ID = Pattern.compile("(nm|co)\\d{7,10}(,(nm|co)\\d{7,10})*|\\?");

	private static final int MAX_TEXT = 2000;

	private static final int MAX_NOTE = 4000;

	private static final int MAX_NAME = 300;

	private final Set<String> canonicalCategories;

	/**
	 * @param canonicalCategories the dataset's canonical categories the project maps
	 */
	DluFile(Set<String> canonicalCategories) {
		this.canonicalCategories = canonicalCategories;
	}

	/**
	 * Reads every row, checked.
	 * @param reader the file
	 * @return the rows in file order
	 * @throws ImportException at the first row that is not of the format
	 */
	List<DluRow> read(Reader reader) {
		List<DluRow> rows = new ArrayList<>();
		LastCharacter last = new LastCharacter(reader);
		try (CSVParser parser = CSVParser.builder().setReader(last).setFormat(FORMAT).get()) {
			var records = parser.iterator();
			try {
				if (!records.hasNext()) {
					throw new ImportException(0, "the file is empty");
				}
				checkHeader(records.next());
				while (records.hasNext()) {
					CSVRecord record = records.next();
					rows.add(row(record, parser.getCurrentLineNumber()));
				}
			}
			catch (UncheckedIOException ex) {
				// the parser reads ahead in hasNext(): a quote left open fails there
				throw new ImportException(Math.max(1, parser.getCurrentLineNumber()),
						"unreadable: " + ex.getCause().getMessage());
			}
		}
		catch (IOException ex) {
			throw new ImportException(0, "the file cannot be read: " + ex.getMessage());
		}
		if (rows.isEmpty()) {
			throw new ImportException(0, "the file has a header but no rows");
		}
		if (last.character != '\n' && last.character != '\r') {
			long line = rows.get(rows.size() - 1).line();
			throw new ImportException(line,
					"the file ends in the middle of this line, without a line break: it looks"
							+ " cut short (a download or copy that stopped part-way); end the file with a line break if"
							+ " this line is whole");
		}
		return rows;
	}

	/**
	 * A reader that remembers the last character read, to tell a file cut short (in the
	 * middle of a row, where the cut may leave a row that still looks whole) from one
	 * whose every row ends with a line break, as DLu's file does.
	 */
	private static final class LastCharacter extends java.io.FilterReader {

		private int character = -1;

		LastCharacter(Reader in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int c = super.read();
			if (c >= 0) {
				this.character = c;
			}
			return c;
		}

		@Override
		public int read(char[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				this.character = buffer[offset + n - 1];
			}
			return n;
		}

	}

	private static void checkHeader(CSVRecord header) {
		List<String> names = header.toList();
		if (!names.equals(COLUMNS)) {
			throw new ImportException(1, "the header must be the " + COLUMNS.size() + " tab-separated columns "
					+ String.join(", ", COLUMNS) + "; found " + String.join(", ", names));
		}
	}

	private DluRow row(CSVRecord record, long line) {
		if (record.size() > COLUMNS.size()) {
			throw new ImportException(line, "has " + record.size() + " fields; at most " + COLUMNS.size());
		}
		if (record.size() < 8) {
			throw new ImportException(line, "has " + record.size() + " fields; at least 8 (Ceremony to Name)");
		}
		Fields fields = new Fields(record, line);
		int ceremony = fields.ceremony();
		String year = fields.required("Year");
		if (!YEAR.matcher(year).matches()) {
			throw new ImportException(line, "Year '" + year + "' is not a year such as 2024 or 1927/28");
		}
		CategoryClass categoryClass = fields.categoryClass();
		String canonical = fields.required("CanonicalCategory");
		if (!this.canonicalCategories.contains(canonical)) {
			throw new ImportException(line, "CanonicalCategory '" + canonical + "' is not a known category");
		}
		String category = fields.required("Category");
		List<String> films = fields.list("Film");
		List<String> filmIds = fields.ids("FilmId", FILM_ID, films.size());
		List<String> nominees = fields.list("Nominees");
		List<String> nomineeIds = fields.ids("NomineeIds", NOMINEE_ID, nominees.size());
		String winner = fields.optional("Winner");
		if (winner != null && !winner.equals("True")) {
			throw new ImportException(line, "Winner must be True or empty, not '" + winner + "'");
		}
		return new DluRow(line, ceremony, year, categoryClass, canonical,
				fields.limited(category, "Category", MAX_NAME), films, filmIds,
				fields.limited(fields.optional("Name"), "Name", MAX_TEXT), nominees, nomineeIds, winner != null,
				fields.limited(fields.optional("Detail"), "Detail", MAX_TEXT),
				fields.limited(fields.optional("Note"), "Note", MAX_NOTE),
				fields.limited(fields.optional("Citation"), "Citation", MAX_NOTE));
	}

	/**
	 * The fields of one record, missing trailing fields read as empty.
	 */
	private record Fields(CSVRecord record, long line) {

		String optional(String column) {
			int index = COLUMNS.indexOf(column);
			String value = (index < this.record.size()) ? this.record.get(index) : "";
			return value.isBlank() ? null : value.strip();
		}

		String required(String column) {
			String value = optional(column);
			if (value == null) {
				throw new ImportException(this.line, column + " is empty");
			}
			return value;
		}

		int ceremony() {
			String value = required("Ceremony");
			try {
				int ceremony = Integer.parseInt(value);
				if (ceremony >= 1 && ceremony <= 999) {
					return ceremony;
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			throw new ImportException(this.line, "Ceremony '" + value + "' is not a number from 1 to 999");
		}

		CategoryClass categoryClass() {
			String value = required("Class");
			try {
				return CategoryClass.valueOf(value);
			}
			catch (IllegalArgumentException ex) {
				throw new ImportException(this.line,
						"Class '" + value + "' is not one of " + Arrays.toString(CategoryClass.values()));
			}
		}

		List<String> list(String column) {
			String value = optional(column);
			if (value == null) {
				return List.of();
			}
			List<String> values = Arrays.stream(value.split("\\|", -1)).map(String::strip).toList();
			for (String each : values) {
				if (each.isEmpty()) {
					throw new ImportException(this.line, column + " has an empty value between | separators");
				}
				limited(each, column, MAX_NAME);
			}
			return values;
		}

		/**
		 * The ids of a list column: as many as its names, {@code null} for {@code ?}; all
		 * {@code null} when the column is empty.
		 */
		List<String> ids(String column, Pattern pattern, int names) {
			List<String> ids = list(column);
			if (ids.isEmpty()) {
				return Collections.nCopies(names, null);
			}
			if (ids.size() != names) {
				throw new ImportException(this.line,
						column + " has " + ids.size() + " ids for " + names + " names in the column before it");
			}
			List<String> checked = new ArrayList<>();
			for (String id : ids) {
				if (!pattern.matcher(id).matches()) {
					throw new ImportException(this.line, column + " '" + id + "' is not an IMDb id or ?");
				}
				checked.add(id.equals("?") ? null : id);
			}
			return checked;
		}

		String limited(String value, String column, int max) {
			if (value != null && value.length() > max) {
				throw new ImportException(this.line, column + " is longer than " + max + " characters");
			}
			return value;
		}

	}

}
