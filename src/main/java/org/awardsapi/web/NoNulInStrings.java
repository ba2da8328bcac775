package org.awardsapi.web;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.stereotype.Component;

/**
 * Refuses a string with a NUL character ({@code \u0000}) in a JSON request body, as
 * {@link NoNulInParameters} does for query parameters: PostgreSQL's text cannot hold one,
 * so such a write failed in the database. Registered with the application's JSON mapper
 * (Spring Boot adds every Jackson module bean); the request is answered 400 naming the
 * field ({@link ApiProblems}, and {@code Edits} for merge patches).
 */
@Component
public class NoNulInStrings extends SimpleModule {

	/** What the problem says of the field. */
	public static final String MESSAGE = "must not contain the NUL character (\\u0000)";

	public NoNulInStrings() {
		super("no-nul-in-strings");
		addDeserializer(String.class, new Strings());
	}

	/**
	 * @param ex an error reading a request body
	 * @return whether it is a string refused for its NUL character
	 */
	public static boolean isNul(JacksonException ex) {
		return ex instanceof InvalidFormatException invalid && invalid.getValue() instanceof String value
				&& value.indexOf('\0') >= 0;
	}

	private static final class Strings extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String value = super.deserialize(parser, context);
			if (value != null && value.indexOf('\0') >= 0) {
				throw context.weirdStringException(value, String.class, MESSAGE);
			}
			return value;
		}

	}

}
