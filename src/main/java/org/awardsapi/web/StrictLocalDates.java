package org.awardsapi.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;

/**
 * A date of a JSON body is read only as written in full, {@code yyyy-MM-dd}: Jackson's
 * own reader trimmed {@code "2025-03-02 "}, cut the time off {@code "2025-03-02T23:30"}
 * and {@code "2025-03-02T00:00:00Z"} (a day that depends on a zone the client did not
 * name), and took {@code "+12025-01-01"}, each stored as a date the client did not send.
 * Any other string is the 400 of a date of the wrong form ({@link BodyFieldErrors}); any
 * other JSON value is Jackson's to refuse, as before.
 */
final class StrictLocalDates extends StdScalarDeserializer<LocalDate> {

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	StrictLocalDates() {
		super(LocalDate.class);
	}

	@Override
	public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
		if (!parser.hasToken(JsonToken.VALUE_STRING)) {
			return LocalDateDeserializer.INSTANCE.deserialize(parser, context);
		}
		String text = parser.getString();
		if (DATE.matcher(text).matches()) {
			try {
				return LocalDate.parse(text);
			}
			catch (DateTimeParseException ex) {
				// not a day of the calendar (2025-13-45): refused below
			}
		}
		return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a date as yyyy-MM-dd");
	}

}
