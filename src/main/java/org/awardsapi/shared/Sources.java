package org.awardsapi.shared;

import org.awardsapi.source.Source;
import org.awardsapi.source.SourceRef;

/**
 * Turns a source read with a fact into the reference the API shows.
 */
public final class Sources {

	private Sources() {
	}

	/**
	 * @param source a source, or {@code null}
	 * @return its reference, or {@code null}
	 */
	public static SourceRef ref(Source source) {
		return (source != null) ? new SourceRef(source.getId(), source.getSlug(), source.getTitle(),
				source.getPublisher(), source.getPublishedOn(), source.getUrl()) : null;
	}

}
