package org.awardsapi.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * What a request asks for: JSON (the default) or CSV, by {@code ?format=csv} or by an
 * {@code Accept} header that prefers {@code text/csv} (or {@code text/*}) to JSON; the
 * parameter, when given, whatever the header says. One rule for the ETag of a 304
 * (decided before the handler runs) and for the body of a 200.
 */
enum Representation {

	JSON(""), CSV("-csv");

	static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");

	static final String FORMAT = "format";

	private final String tagSuffix;

	Representation(String tagSuffix) {
		this.tagSuffix = tagSuffix;
	}

	/**
	 * @return what the ETag of this representation ends with
	 */
	String tagSuffix() {
		return this.tagSuffix;
	}

	/**
	 * @param request the request
	 * @return the representation it asks for
	 * @throws InvalidParameterException for a {@code format} other than json or csv
	 */
	static Representation of(HttpServletRequest request) {
		String format = request.getParameter(FORMAT);
		if (format != null) {
			Representation named = ofFormat(format);
			if (named == null) {
				throw new InvalidParameterException(FORMAT, "must be json or csv, not '" + format + "'");
			}
			return named;
		}
		return ofAccept(request.getHeader(HttpHeaders.ACCEPT));
	}

	/**
	 * @param format the {@code format} parameter, or {@code null}
	 * @return the representation it names, or {@code null} for none (or a format neither
	 * json nor csv)
	 */
	static @Nullable Representation ofFormat(@Nullable String format) {
		if (format == null) {
			return null;
		}
		return switch (format.toLowerCase(Locale.ROOT)) {
			case "csv" -> CSV;
			case "json" -> JSON;
			default -> null;
		};
	}

	/**
	 * @return the media type of this representation
	 */
	MediaType mediaType() {
		return (this == CSV) ? TEXT_CSV : MediaType.APPLICATION_JSON;
	}

	/**
	 * @param request a request that asks for CSV
	 * @return whether it takes JSON too: by its {@code Accept} header ({@code text/csv,
	 * *}{@code /*;q=0.8}), and not by {@code ?format=csv}
	 */
	static boolean jsonAlsoAccepted(HttpServletRequest request) {
		if (request.getParameter(FORMAT) != null) {
			return false;
		}
		for (MediaType type : acceptTypes(request.getHeader(HttpHeaders.ACCEPT))) {
			if (type.getQualityValue() > 0 && type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @param request a request
	 * @return whether its {@code Accept} header refuses every type it names
	 * ({@code application/json;q=0}, {@code *}{@code /*;q=0}): nothing is acceptable then
	 * (RFC 9110, 12.4.2), where Spring MVC reads a weight of 0 as any other; not when
	 * {@code format} names the representation
	 */
	static boolean refusesEverything(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		// a weight of 0 is written with a 0: most headers (*/*, application/json) have
		// none
		if (accept == null || accept.indexOf('0') < 0 || request.getParameter(FORMAT) != null) {
			return false;
		}
		List<MediaType> types = acceptTypes(accept);
		return !types.isEmpty() && types.stream().allMatch((type) -> type.getQualityValue() == 0);
	}

	private static List<MediaType> acceptTypes(@Nullable String accept) {
		List<MediaType> types = new ArrayList<>();
		if (accept != null && !accept.isBlank()) {
			try {
				types.addAll(MediaType.parseMediaTypes(accept));
			}
			catch (InvalidMediaTypeException ex) {
				// read as no Accept header, as LenientAccept does
			}
		}
		return types;
	}

	private static Representation ofAccept(String accept) {
		List<MediaType> types = acceptTypes(accept);
		types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
		for (MediaType type : types) {
			if (type.getQualityValue() == 0) {
				continue;
			}
			// text/csv, or text/* which only CSV answers
			if (type.equalsTypeAndSubtype(TEXT_CSV) || ("text".equals(type.getType()) && type.isWildcardSubtype())) {
				return CSV;
			}
			if (type.isCompatibleWith(MediaType.APPLICATION_JSON)
					|| type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)) {
				return JSON;
			}
		}
		return JSON;
	}

}
