package org.awardsapi.web;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A single resource with the version of its entity ({@code @Version}), so that its ETag
 * carries both the data version and its own: {@code "v42.3"}.
 *
 * @param <T> the representation
 * @param body the representation
 * @param version the entity's version
 */
public record Versioned<T>(T body, long version) {

	/**
	 * @param dataVersion the data version
	 * @param resourceVersion the resource's version
	 * @return the ETag a GET of a single resource of that version answers uncompressed,
	 * such as {@code "v42.3"}
	 */
	public static String tag(long dataVersion, long resourceVersion) {
		return HttpCaching.tag(dataVersion, resourceVersion, Representation.JSON, ContentCoding.IDENTITY);
	}

	/**
	 * Records the resource's version for the ETag of the response to the current request,
	 * and answers the body: {@code return this.films.film(id).respond();}.
	 * @return the body
	 */
	public T respond() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(HttpCaching.RESOURCE_VERSION, this.version, RequestAttributes.SCOPE_REQUEST);
		}
		return this.body;
	}

}
