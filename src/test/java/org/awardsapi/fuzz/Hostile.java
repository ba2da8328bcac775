package org.awardsapi.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * The hostile values the fuzzer draws from: numbers past every limit, unicode that trips
 * up encoders, control characters, SQL and script fragments, path traversal, and long
 * strings. None of them names an exception class or a package, so that a response body
 * echoing one is never mistaken for a leaked stack trace.
 */
final class Hostile {

	/** Text to be encoded as the place it goes into needs (URI, JSON, header). */
	static final List<String> TEXT = List.of("", " ", "  ", "0", "-0", "-1", "1", "00001", "2147483647", "2147483648",
			"-2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
			"99999999999999999999999999999999999999", "1e308", "1e309", "-1e309", "1.5", "0.0000001", "NaN", "Infinity",
			"-Infinity", "0x1F", "1_000", "１２３", "٣", "+1", "1 ", " 1", "true", "false", "TRUE", "yes", "null",
			"undefined", "[]", "{}", "{\"a\":1}", "' or 1=1--", "' OR '1'='1", "'; drop table film; --",
			"\" or \"\"=\"", "1; select 1", "1 union select null, null--", "%' and 1=1 --", "\\", "\\'",
			"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)",
			"${jndi:ldap://localhost/a}", "#{7*7}", "{{7*7}}", "${7*7}", "../../../../etc/passwd", "..\\..\\boot.ini",
			"..%2f..%2f", "%2e%2e%2f", "%00", "%", "%%", "%zz", "a%", "+", "a+b", "a&b=c", "a=b", "#", "?", "/", "//",
			";", ",", ",,", "*", "**", "\u0000", "a\u0000b", "\u0007\u0008\u001b", "\r\n", "a\r\nX-Injected: 1", "\t",
			"\u007f", "\u0085", "\u2028\u2029", "\u202eevil\u202c", "\u200b", "\ufeff", "\ufffd", "\uffff", "\ud800",
			"\udfff", "a\ud83c", "مرحبا بالعالم", "שלום", "日本語の映画", "Karla Sofía Gascón", "KARLA SOFIA GASCON",
			"e\u0301\u0301\u0301\u0301", "Z\u0351\u0352\u0353\u0354\u0355\u0356", "🎬🏆✨", "👨‍👩‍👧‍👦",
			"\ud83c\udff3\ufe0f\u200d\ud83c\udf08", "ǅ", "ß", "İ", "oscars", "oscars-97", "anora-2024", "sean-baker",
			"best-picture", "neon", "OSCARS", "best picture", "A".repeat(256), "a".repeat(2001), "🏆".repeat(300),
			"2025-02-30", "0000-00-00", "-999999999-01-01", "+999999999-12-31", "2025-03-02T25:61", "1927/28",
			"tt0000000", "nm99999999999", "?", "asc", "desc", "name,asc,desc", "name,sideways", ",desc", "csv", "json",
			"xml");

	/** Already percent-encoded, and sent as it is: invalid UTF-8, encoded separators. */
	static final List<String> ENCODED = List.of("%C0%AF", "%FF", "%FE%FF", "%ED%A0%80", "%E2%80", "%C3", "%00",
			"%0d%0aSet-Cookie:%20x=1", "%2e%2e%2f", "%2e%2e", "%2F", "%5C", "%25", "%252e", "%u0041", "%%32%65",
			"%E2%80%AE", "%F0%9F%8F%86", "%F4%90%80%80", "%C0%80", "%EF%BF%BF", "%3Cscript%3E", "%27%20or%201%3D1--",
			"%20", "+", "%2B", "%3B", "%23", "%3F", "%26", "%3D");

	/** Numbers in every form a parser can choke on, as JSON literals. */
	static final List<String> JSON_NUMBERS = List.of("0", "-0", "-1", "1", "2147483648", "-2147483649",
			"9223372036854775808", "-9223372036854775809", "1" + "0".repeat(400), "1e400", "-1e400", "1e-400", "1.5",
			"0.1e1", "-0.0", "123456789.123456789", "4.9e-324", "1.7976931348623157e308");

	private Hostile() {
	}

	static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/**
	 * @param random the source
	 * @return a hostile text, sometimes very long (up to 10,000 chars)
	 */
	static String text(Random random) {
		int roll = random.nextInt(100);
		if (roll < 3) {
			return pick(random, List.of("a", "é", "🎬", "' or 1=1--", "<b>")).repeat(1 + random.nextInt(10_000));
		}
		if (roll < 8) {
			return pick(random, TEXT) + pick(random, TEXT);
		}
		if (roll < 12) {
			StringBuilder noise = new StringBuilder();
			for (int i = random.nextInt(40); i >= 0; i--) {
				noise.append((char) random.nextInt(0x3000));
			}
			return noise.toString();
		}
		return pick(random, TEXT);
	}

	/**
	 * Percent-encodes every byte of the text's UTF-8 but the unreserved characters (a
	 * lone surrogate is encoded as its three WTF-8 bytes, which are not UTF-8).
	 * @param text the text
	 * @return the encoded text
	 */
	static String encode(String text) {
		StringBuilder encoded = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
				encoded.append(c);
				continue;
			}
			byte[] bytes;
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				bytes = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
				i++;
			}
			else if (Character.isSurrogate(c)) {
				bytes = new byte[] { (byte) (0xE0 | (c >> 12)), (byte) (0x80 | ((c >> 6) & 0x3F)),
						(byte) (0x80 | (c & 0x3F)) };
			}
			else {
				bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
			}
			for (byte b : bytes) {
				encoded.append('%').append(String.format("%02X", b & 0xFF));
			}
		}
		return encoded.toString();
	}

	/**
	 * @param random the source
	 * @return a value for a URI: a hostile text encoded, or an encoded sequence sent as
	 * it is
	 */
	static String uriValue(Random random) {
		int roll = random.nextInt(10);
		if (roll < 2) {
			return pick(random, ENCODED);
		}
		if (roll < 3) {
			return encode(text(random)) + pick(random, ENCODED);
		}
		return encode(text(random));
	}

	/**
	 * @param text the text
	 * @param random whether to escape non-ASCII characters too
	 * @return the text as a JSON string literal; lone surrogates are escaped
	 */
	static String jsonString(String text, Random random) {
		boolean escapeAll = random.nextBoolean();
		StringBuilder json = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c < 0x20 || Character.isSurrogate(c) || (escapeAll && c > 0x7e)) {
				json.append(String.format("\\u%04x", (int) c));
			}
			else {
				json.append(c);
			}
		}
		return json.append('"').toString();
	}

	/**
	 * @param text the text
	 * @return its UTF-8 bytes as Latin-1 chars: how a raw request line or header carries
	 * it
	 */
	static String rawUtf8(String text) {
		return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
	}

}
