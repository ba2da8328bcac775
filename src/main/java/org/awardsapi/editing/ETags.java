package org.awardsapi.editing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awardsapi.web.PreconditionException;

/**
 * A resource's version from If-Match: the tag a GET or a write of the resource answered
 * ({@code "v42.3"}: data version 42, resource version 3; {@code "v42.3-gzip"} if it was
 * sent compressed) names the version after the dot; a bare {@code "3"} names version 3. A
 * weak tag ({@code W/"v42.3"}) never matches: If-Match compares strongly (RFC 9110,
 * 13.1.1), and a tag a proxy weakened no longer vouches for the bytes it was given with.
 */
public final class ETags {

	private static final Pattern TAG = Pattern.compile("\\s*\"(?:[^\".]*\\.)?(\\d{1,18})(?:-gzip)?\"\\s*");

	private ETags() {
	}

	/**
	 * Checks If-Match against the current version.
	 * @param ifMatch the header, or {@code null}
	 * @param kind what is being changed, for the message
	 * @param current the current version
	 * @throws PreconditionException 428 when missing, 412 when it names another version
	 */
	public static void check(String ifMatch, String kind, long current) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new PreconditionException(org.springframework.http.HttpStatus.PRECONDITION_REQUIRED,
					"Send If-Match with the ETag of the " + kind + " you are changing (GET it first)", current);
		}
		if (ifMatch.strip().equals("*")) {
			return;
		}
		for (String tag : ifMatch.split(",")) {
			Matcher matcher = TAG.matcher(tag);
			if (matcher.matches() && Long.parseLong(matcher.group(1)) == current) {
				return;
			}
		}
		if (ifMatch.contains("W/")) {
			throw new PreconditionException(org.springframework.http.HttpStatus.PRECONDITION_FAILED,
					"A weak tag never matches If-Match (RFC 9110, 13.1.1): send the ETag of the " + kind
							+ " as a GET answers it, without W/",
					current);
		}
		throw new PreconditionException(org.springframework.http.HttpStatus.PRECONDITION_FAILED,
				"The " + kind + " has changed since " + ifMatch.strip() + "; it is now at version " + current
						+ ": GET it again and reapply your change",
				current);
	}

}
