package org.awardsapi.editing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awardsapi.web.PreconditionException;
import org.awardsapi.web.Versioned;

/**
 * A resource's version from If-Match: the tag a GET or a write of the resource answered
 * ({@code "v42.7.3"}: data version 42, resource 7 at version 3; {@code "v42.7.3-gzip"} if
 * it was sent compressed) holds while the resource it names is at the version it names,
 * whatever the data version (it moves with every write anywhere). A tag of another
 * resource of the same kind never holds, nor one of a resource deleted and created again
 * under the same slug (a new id); the tag does not name the kind, so one of another kind
 * with the same id and version does (docs/decisions.md). A weak tag ({@code W/"v42.7.3"})
 * never matches: If-Match compares strongly (RFC 9110, 13.1.1), and a tag a proxy
 * weakened no longer vouches for the bytes it was given with.
 */
public final class ETags {

	private static final Pattern TAG = Pattern.compile("\\s*\"v" + Versioned.TAG_NUMBER + "\\.(" + Versioned.TAG_NUMBER
			+ ")\\.(" + Versioned.TAG_NUMBER + ")(?:-gzip)?\"\\s*");

	private ETags() {
	}

	/**
	 * Checks If-Match against the current version.
	 * @param ifMatch the header, or {@code null}
	 * @param kind what is being changed, for the message
	 * @param id the resource's id
	 * @param current its current version
	 * @throws PreconditionException 428 when missing, 412 when it names another resource
	 * or version
	 */
	public static void check(String ifMatch, String kind, long id, long current) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new PreconditionException(org.springframework.http.HttpStatus.PRECONDITION_REQUIRED,
					"Send If-Match with the ETag of the " + kind + " you are changing (GET it first)", current);
		}
		if (ifMatch.strip().equals("*")) {
			return;
		}
		for (String tag : ifMatch.split(",")) {
			Matcher matcher = TAG.matcher(tag);
			if (matcher.matches() && Long.parseLong(matcher.group(1)) == id
					&& Long.parseLong(matcher.group(2)) == current) {
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
				"The " + kind + " has changed since " + ifMatch.strip() + ", or that tag is not this " + kind
						+ "'s; it is now at version " + current + ": GET it again and reapply your change",
				current);
	}

}
