package org.awardsapi.web;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A single resource with its id and the version of its entity ({@code @Version}), so that
 * its ETag carries the data version and names the resource's own state:
 * {@code "v42.7.3"}, data version 42, resource 7 at version 3. The id is in the tag so
 * that a tag never holds for another resource: not for one of another id at the same
 * version (every resource starts at version 0), nor for one deleted and created again
 * under the same slug (ids are never reused).
 *
 * @param <T> the representation
 * @param body the representation
 * @param id the resource's id
 * @param version the entity's version
 */
public record Versioned<T>(T body, long id, long version) {

	/**
	 * A number of a tag as the app writes it: digits, no leading zero, at most 18 (a
	 * {@code long}). Tags compare character by character (RFC 9110, 8.8.3.2), so
	 * {@code "v042"} is not {@code "v42"}, and matches nothing.
	 */
	public static final String TAG_NUMBER = "(?:0|[1-9]\\d{0,17})";

	/**
	 * @param dataVersion the data version
	 * @param id the resource's id
	 * @param resourceVersion the resource's version
	 * @return the ETag a GET of a single resource of that version answers uncompressed,
	 * such as {@code "v42.7.3"}
	 */
	public static String tag(long dataVersion, long id, long resourceVersion) {
		return HttpCaching.tag(dataVersion, resource(id, resourceVersion), Representation.JSON, ContentCoding.IDENTITY);
	}

	/**
	 * @param id the resource's id
	 * @param version its version
	 * @return the part of the tag after the data version: {@code 7.3}
	 */
	static String resource(long id, long version) {
		return id + "." + version;
	}

	/**
	 * Records the resource's id and version for the ETag of the response to the current
	 * request, and answers the body: {@code return this.films.film(id).respond();}.
	 * @return the body
	 */
	public T respond() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(HttpCaching.RESOURCE, resource(this.id, this.version),
					RequestAttributes.SCOPE_REQUEST);
		}
		return this.body;
	}

}
