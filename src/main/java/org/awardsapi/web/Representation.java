package org.awardsapi.web;

import java.util.ArrayList;
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
		return request.getParameter(FORMAT) == null
				&& jsonWeight(acceptTypes(request.getHeader(HttpHeaders.ACCEPT))).accepted();
	}

	/**
	 * @param request a request
	 * @return whether its {@code Accept} header gives JSON a weight of 0
	 * ({@code application/json;q=0}, {@code *}{@code /*;q=0}, or
	 * {@code application/json;q=0, *}{@code /*;q=0.1}, where the type overrides the
	 * range): JSON is not acceptable then (RFC 9110, 12.4.2), where Spring MVC, reading a
	 * weight of 0 as any other, would answer it; not when {@code format} names the
	 * representation
	 */
	static boolean refusesJson(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		// A weight of 0 is written with a 0, which most headers (*/*) have none of;
		// a header without one that takes no JSON (application/xml) is Spring's 406
		if (accept == null || accept.indexOf('0') < 0 || request.getParameter(FORMAT) != null) {
			return false;
		}
		List<MediaType> types = acceptTypes(accept);
		return !types.isEmpty() && !jsonWeight(types).accepted();
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
		if (types.isEmpty()) {
			return JSON;
		}
		Weight csv = weight(types, TEXT_CSV);
		// CSV where the header prefers it (text/csv, text/*), else JSON: the default, and
		// for a header that takes neither, Spring's 406 (or HttpCaching's)
		return (csv.accepted() && csv.preferredTo(jsonWeight(types))) ? CSV : JSON;
	}

	/**
	 * The weight JSON has: that of {@code application/json}, or of a JSON-based type or
	 * range the header names ({@code application/problem+json},
	 * {@code application/*+json}), answered in JSON too, whichever is higher. An
	 * {@code application/json;q=0} refuses JSON whatever else the header takes: the
	 * answer would be labelled with the type it names.
	 */
	private static Weight jsonWeight(List<MediaType> types) {
		Weight best = weight(types, MediaType.APPLICATION_JSON);
		if (!best.accepted() && types.stream().anyMatch(MediaType.APPLICATION_JSON::equalsTypeAndSubtype)) {
			return best;
		}
		for (int i = 0; i < types.size(); i++) {
			MediaType type = types.get(i);
			Weight named = new Weight(type.getQualityValue(), i);
			if ("json".equals(type.getSubtypeSuffix()) && named.preferredTo(best)) {
				best = named;
			}
		}
		return best;
	}

	/**
	 * The weight the header gives a media type: that of the most specific range that
	 * includes it ({@code text/csv} over {@code text/*} over {@code *}{@code /*}, RFC
	 * 9110, 12.5.1), none where no range does.
	 */
	private static Weight weight(List<MediaType> types, MediaType type) {
		Weight found = Weight.NONE;
		int specificity = -1;
		for (int i = 0; i < types.size(); i++) {
			MediaType range = types.get(i);
			int rangeSpecificity = range.isWildcardType() ? 0 : (range.isWildcardSubtype() ? 1 : 2);
			if (range.includes(type) && rangeSpecificity > specificity) {
				found = new Weight(range.getQualityValue(), i);
				specificity = rangeSpecificity;
			}
		}
		return found;
	}

	/**
	 * A weight, and the place in the header of the type or range that gives it: of two
	 * equal weights, the one named first is preferred ({@code text/*, application/*} is
	 * CSV).
	 */
	private record Weight(double quality, int place) {

		static final Weight NONE = new Weight(0, Integer.MAX_VALUE);

		boolean accepted() {
			return this.quality > 0;
		}

		boolean preferredTo(Weight other) {
			return this.quality > other.quality || (this.quality == other.quality && this.place < other.place);
		}

	}

}
