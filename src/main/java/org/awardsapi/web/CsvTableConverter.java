package org.awardsapi.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;

/**
 * Writes a {@link CsvTable} as RFC 4180 CSV in UTF-8 with a header row, reading and
 * writing one page at a time, flushed as it goes, so that no list is ever held whole.
 */
class CsvTableConverter extends AbstractHttpMessageConverter<CsvTable> {

	static final MediaType CSV_UTF8 = new MediaType("text", "csv", StandardCharsets.UTF_8);

	CsvTableConverter() {
		super(StandardCharsets.UTF_8, CSV_UTF8);
	}

	@Override
	protected boolean supports(Class<?> type) {
		return CsvTable.class.isAssignableFrom(type);
	}

	@Override
	protected boolean canRead(MediaType mediaType) {
		return false;
	}

	@Override
	protected CsvTable readInternal(Class<? extends CsvTable> type, HttpInputMessage input) {
		throw new HttpMessageNotReadableException("CSV is not read", input);
	}

	@Override
	protected void writeInternal(CsvTable table, HttpOutputMessage output) throws IOException {
		Writer writer = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(table.columns().names().toArray(String[]::new)).get();
		// Not closed: the response's stream is the server's to close
		CSVPrinter printer = new CSVPrinter(writer, format);
		int number = 0;
		PageResponse<?> page;
		do {
			page = read(table, number++);
			for (Object row : page.content()) {
				printer.printRecord(table.columns().values(row));
			}
			printer.flush();
		}
		while (!CsvTable.isLast(page));
	}

	private static PageResponse<?> read(CsvTable table, int number) {
		try {
			return table.pages().read(number);
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new HttpMessageNotWritableException("Cannot read page " + number + " of " + table.name(), ex);
		}
	}

}
