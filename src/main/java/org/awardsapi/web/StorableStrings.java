package org.awardsapi.web;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.stereotype.Component;

/**
 * Refuses a string of a JSON request body that the database could not store as it was
 * written:
 * <ul>
 * <li>one with a NUL character ({@code \u0000}), as {@link NoNulInParameters} does for
 * query parameters: PostgreSQL's text cannot hold one, so such a write failed in the
 * database;</li>
 * <li>one with half a surrogate pair ({@code "\ud83c"} without the {@code "\udfac"} that
 * makes 🎬 with it), which JSON's escapes can write but no UTF-8 text holds: PostgreSQL's
 * driver stored a {@code ?} in its place, while H2 kept it, so one write read back
 * differently on the two databases.</li>
 * </ul>
 * Registered with the application's JSON mapper (Spring Boot adds every Jackson module
 * bean); the request is answered 400 naming the field ({@link ApiProblems}, and
 * {@code Edits} for merge patches).
 */
@Component
public class StorableStrings extends SimpleModule {

	/** What the problem says of a field with a NUL character. */
	public static final String NUL = "must not contain the NUL character (\\u0000)";

	/** What the problem says of a field with half a surrogate pair. */
	public static final String HALF_A_PAIR = "must not contain half a UTF-16 surrogate pair "
			+ "(a \\ud800 to \\udfff escape without its other half)";

	public StorableStrings() {
		super("storable-strings");
		addDeserializer(String.class, new Strings());
	}

	/**
	 * @param ex an error reading a request body
	 * @return why a string was refused, or {@code null} if the error is not such a
	 * refusal
	 */
	public static @Nullable String refusal(JacksonException ex) {
		return (ex instanceof InvalidFormatException invalid && invalid.getValue() instanceof String value)
				? refusal(value) : null;
	}

	private static @Nullable String refusal(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\0') {
				return NUL;
			}
			if (Character.isHighSurrogate(c) && i + 1 < value.length()
					&& Character.isLowSurrogate(value.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return HALF_A_PAIR;
			}
		}
		return null;
	}

	private static final class Strings extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String value = super.deserialize(parser, context);
			String refusal = (value != null) ? refusal(value) : null;
			if (refusal != null) {
				throw context.weirdStringException(value, String.class, refusal);
			}
			return value;
		}

	}

}
