package org.awardsapi.web;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationStrategy;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * The {@code Accept} header, with one that cannot be parsed ({@code garbage},
 * {@code *}{@code /json}) read as no header, that is as {@code *}{@code /*}: JSON, as
 * {@link Representation} has it too. Left to Spring MVC, such a header failed every
 * answer, and an error's problem was sent with no body at all. A {@code format} parameter
 * stands for the header: {@code ?format=json} with {@code Accept: text/csv} was a 406.
 */
class LenientAccept implements ContentNegotiationStrategy {

	private final HeaderContentNegotiationStrategy header = new HeaderContentNegotiationStrategy();

	@Override
	public List<MediaType> resolveMediaTypes(NativeWebRequest request) {
		// ?format= is what the client chose, whatever its Accept header; a format neither
		// json nor csv is refused by Representation#of
		Representation named = Representation.ofFormat(request.getParameter(Representation.FORMAT));
		if (named != null) {
			return List.of(named.mediaType());
		}
		try {
			return this.header.resolveMediaTypes(request);
		}
		catch (HttpMediaTypeNotAcceptableException ex) {
			return MEDIA_TYPE_ALL_LIST;
		}
	}

}
