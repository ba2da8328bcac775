package org.awardsapi.web;

import java.util.Enumeration;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/**
 * How a read is sent: as it is, or gzip-compressed for a client whose
 * {@code Accept-Encoding} takes gzip ({@code gzip} or {@code *} with a quality above 0,
 * as every browser, curl's {@code --compressed} and most HTTP libraries send) and does
 * not weight {@code identity} above it. Decided from the request alone, before the body
 * is written, so that the ETag can name the coding: {@code "v42-gzip"} is the
 * gzip-compressed form of {@code "v42"} (RFC 9110 §8.8.3: a strong tag belongs to one
 * representation, and the compressed bytes are another).
 */
enum ContentCoding {

	IDENTITY(""), GZIP("-gzip");

	/**
	 * The request attribute holding the coding {@link HttpCaching} tagged a read with.
	 */
	static final String ATTRIBUTE = ContentCoding.class.getName();

	/** A weight as RFC 9110 §12.4.2 writes it: 0 to 1, at most three decimals. */
	private static final Pattern WEIGHT = Pattern.compile("0(\\.\\d{0,3})?|1(\\.0{0,3})?");

	private final String tagSuffix;

	ContentCoding(String tagSuffix) {
		this.tagSuffix = tagSuffix;
	}

	/**
	 * @return what the ETag of this coding ends with
	 */
	String tagSuffix() {
		return this.tagSuffix;
	}

	/**
	 * @param request the request
	 * @return gzip if its {@code Accept-Encoding} takes it and does not weight identity
	 * higher, else identity (an element of it that cannot be read counts for nothing)
	 */
	static ContentCoding of(HttpServletRequest request) {
		if (request.getHeader(HttpHeaders.ACCEPT_ENCODING) == null) {
			return IDENTITY;
		}
		Enumeration<String> headers = request.getHeaders(HttpHeaders.ACCEPT_ENCODING);
		double gzip = -1;
		double identity = -1;
		double any = -1;
		while (headers.hasMoreElements()) {
			for (String element : headers.nextElement().split(",")) {
				String[] parts = element.split(";");
				String coding = parts[0].strip();
				double quality = quality(parts);
				if (quality < 0) {
					continue;
				}
				if (coding.equalsIgnoreCase("gzip") || coding.equalsIgnoreCase("x-gzip")) {
					gzip = Math.max(gzip, quality);
				}
				else if (coding.equalsIgnoreCase("identity")) {
					identity = Math.max(identity, quality);
				}
				else if (coding.equals("*")) {
					any = Math.max(any, quality);
				}
			}
		}
		// gzip named outright decides (gzip;q=0 refuses it whatever a wildcard says)
		double quality = (gzip >= 0) ? gzip : any;
		// identity weighted above it is preferred (named, or by the wildcard when gzip is
		// named): "gzip;q=0.5, identity" asks for the body as it is; at equal weights,
		// and when identity is not weighted at all, gzip is sent
		double uncoded = (identity >= 0) ? identity : ((gzip >= 0) ? any : -1);
		return (quality > 0 && quality >= uncoded) ? GZIP : IDENTITY;
	}

	/**
	 * The weight of one element of {@code Accept-Encoding} (RFC 9110 §12.4.2): 1 without
	 * a {@code q}, -1 for one that cannot be read (the element is then left out).
	 */
	private static double quality(String[] parts) {
		double quality = 1;
		for (int i = 1; i < parts.length; i++) {
			String parameter = parts[i].strip();
			if (parameter.length() > 2 && (parameter.charAt(0) == 'q' || parameter.charAt(0) == 'Q')
					&& parameter.charAt(1) == '=') {
				String weight = parameter.substring(2);
				if (!WEIGHT.matcher(weight).matches()) {
					return -1;
				}
				quality = Double.parseDouble(weight);
			}
		}
		return quality;
	}

}
