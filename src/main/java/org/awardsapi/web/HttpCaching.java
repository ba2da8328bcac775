package org.awardsapi.web;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.awardsapi.cache.DataVersion;

import org.springframework.core.MethodParameter;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * HTTP caching of every GET under {@code /api}: a strong ETag derived from the
 * {@link DataVersion} and the representation ({@code "v42"} for JSON, {@code "v42-csv"}
 * for CSV; {@code "v42.7.3"} for a single resource, id 7 at version 3
 * ({@link Versioned}); {@code -gzip} after it for the gzip-compressed form, see
 * {@link ContentCoding}), and {@code Cache-Control: public, max-age=0, must-revalidate}
 * and {@code Vary: Accept, Accept-Encoding}. Any write bumps the data version, and so
 * changes every tag.
 * <p>
 * As an interceptor it answers {@code If-None-Match} with the current data version by
 * {@code 304 Not Modified} before the handler runs, without touching the database: the
 * data version is held in memory. As a body advice it sets the headers of a 200, with the
 * data version read before the handler ran (a write committed meanwhile only makes the
 * tag older, never newer than the data).
 * <p>
 * {@code If-None-Match: *} matches any current representation (RFC 9110, 13.1.2): a read
 * of something that exists is a {@code 304} with the tag a {@code 200} would carry, one
 * of something that does not is its {@code 404}. Whether it exists is only known once the
 * handler has read it, so that {@code 304} is decided as the body is written, and costs
 * the read's statements unless the {@link ResponseCache} holds the answer.
 */
@ControllerAdvice
class HttpCaching implements HandlerInterceptor, ResponseBodyAdvice<Object> {

	static final String DATA_VERSION = HttpCaching.class.getName() + ".dataVersion";

	/** A single resource's id and version, as its tag names them: {@code 7.3}. */
	static final String RESOURCE = HttpCaching.class.getName() + ".resource";

	/**
	 * {@code "v42"}, {@code "v42.7.3"}, {@code "v42-csv"}, {@code "v42-gzip"}, maybe weak
	 * ({@code W/"v42"}), each number as the app writes it ({@link Versioned#TAG_NUMBER}).
	 */
	private static final Pattern TAG = Pattern.compile("^(?:W/)?\"v(" + Versioned.TAG_NUMBER + ")(\\."
			+ Versioned.TAG_NUMBER + "\\." + Versioned.TAG_NUMBER + ")?(-csv)?(-gzip)?\"$");

	/** The request headers a read's answer depends on. */
	static final String VARY = HttpHeaders.ACCEPT + ", " + HttpHeaders.ACCEPT_ENCODING;

	private final DataVersion dataVersion;

	private final String cacheControl;

	HttpCaching(DataVersion dataVersion, CacheProperties properties) {
		this.dataVersion = dataVersion;
		this.cacheControl = CacheControl.maxAge(properties.maxAge()).cachePublic().mustRevalidate().getHeaderValue();
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws HttpMediaTypeNotAcceptableException {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		if (!isRead(request.getMethod())) {
			// A write answers JSON: application/json;q=0 is a 406 before it is made
			if (Representation.refusesJson(request)) {
				throw new HttpMediaTypeNotAcceptableException(List.of(MediaType.APPLICATION_JSON));
			}
			return true;
		}
		// The response cache, when on, has read the version already: its key and the tag
		// agree
		long current = (request.getAttribute(DATA_VERSION) instanceof Long read) ? read : this.dataVersion.current();
		request.setAttribute(DATA_VERSION, current);
		Representation representation = Representation.of(request);
		if (representation == Representation.CSV && !CsvHandlerAdapter.isList(method)) {
			// A single resource has no CSV: JSON if the Accept header takes it too
			// (text/csv, */*;q=0.8), a 406 if it does not or format=csv asks for CSV
			if (!Representation.jsonAlsoAccepted(request)) {
				throw new HttpMediaTypeNotAcceptableException(List.of(MediaType.APPLICATION_JSON));
			}
			representation = Representation.JSON;
		}
		else if (representation == Representation.JSON && Representation.refusesJson(request)) {
			// application/json;q=0 (with text/csv;q=0 for a list): nothing it takes
			throw new HttpMediaTypeNotAcceptableException(List.of(MediaType.APPLICATION_JSON));
		}
		if (request.getHeader(HttpHeaders.IF_MATCH) != null) {
			// If-Match goes first (RFC 9110, 13.2.2), and a resource's version is known
			// only once it is read: both are evaluated before the body is written
			return true;
		}
		String matched = matching(Collections.list(request.getHeaders(HttpHeaders.IF_NONE_MATCH)), current,
				representation, ContentCoding.of(request));
		if (matched == null) {
			return true;
		}
		response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
		response.setHeader(HttpHeaders.ETAG, matched);
		response.setHeader(HttpHeaders.CACHE_CONTROL, this.cacheControl);
		response.addHeader(HttpHeaders.VARY, VARY);
		return false;
	}

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
			Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (body instanceof ProblemDetail || !(request instanceof ServletServerHttpRequest servletRequest)
				|| !(response instanceof ServletServerHttpResponse servletResponse)) {
			return body;
		}
		HttpServletRequest http = servletRequest.getServletRequest();
		int status = servletResponse.getServletResponse().getStatus();
		if (!(http.getAttribute(DATA_VERSION) instanceof Long version) || status < 200 || status > 299
				|| !isRead(http.getMethod())) {
			return body;
		}
		String resource = (http.getAttribute(RESOURCE) instanceof String r) ? r : null;
		Representation representation = (selectedContentType != null
				&& selectedContentType.equalsTypeAndSubtype(Representation.TEXT_CSV)) ? Representation.CSV
						: Representation.JSON;
		ContentCoding coding = ContentCoding.of(http);
		// For Compression, which compresses what is so tagged
		http.setAttribute(ContentCoding.ATTRIBUTE, coding);
		String tag = tag(version, resource, representation, coding);
		boolean ifMatch = http.getHeader(HttpHeaders.IF_MATCH) != null;
		if (ifMatch && !ifMatchHolds(http.getHeaders(HttpHeaders.IF_MATCH), version, resource)) {
			throw new PreconditionException(HttpStatus.PRECONDITION_FAILED,
					"This has changed since " + http.getHeader(HttpHeaders.IF_MATCH).strip()
							+ " (If-Match compares strongly); its ETag is now " + tag,
					null);
		}
		response.getHeaders().setETag(tag);
		response.getHeaders().setCacheControl(this.cacheControl);
		// The same URL answers JSON or CSV by its Accept header, compressed or not by its
		// Accept-Encoding
		response.getHeaders().add(HttpHeaders.VARY, VARY);
		if (matchesAny(http) || (ifMatch && matching(Collections.list(http.getHeaders(HttpHeaders.IF_NONE_MATCH)),
				version, representation, coding) != null)) {
			// No body: Spring MVC writes none for null, nor its Content-Type; the headers
			// of a 304 as the interceptor sends them (a CSV's file name is not one)
			response.setStatusCode(HttpStatus.NOT_MODIFIED);
			response.getHeaders().remove(HttpHeaders.CONTENT_DISPOSITION);
			return null;
		}
		return body;
	}

	/**
	 * @param dataVersion the data version
	 * @param resource the id and version of a single resource ({@code 7.3}), or
	 * {@code null} for a list or an aggregate
	 * @param representation JSON or CSV
	 * @param coding as it is or gzip-compressed
	 * @return the strong ETag, quoted
	 */
	static String tag(long dataVersion, String resource, Representation representation, ContentCoding coding) {
		return "\"v" + dataVersion + ((resource != null) ? "." + resource : "") + representation.tagSuffix()
				+ coding.tagSuffix() + "\"";
	}

	/**
	 * The tag of {@code If-None-Match} that is of the current data version and of the
	 * representation and coding asked for (weak comparison, as RFC 9110 has it for
	 * {@code If-None-Match}). Every write bumps the data version, so the resource version
	 * a tag may carry cannot have changed either.
	 */
	static String matching(Iterable<String> headers, long current, Representation representation,
			ContentCoding coding) {
		for (String header : headers) {
			for (String candidate : header.split(",")) {
				Matcher tag = TAG.matcher(candidate.trim());
				if (tag.matches() && Long.parseLong(tag.group(1)) == current
						&& representation.tagSuffix().equals((tag.group(3) != null) ? tag.group(3) : "")
						&& coding.tagSuffix().equals((tag.group(4) != null) ? tag.group(4) : "")) {
					return tag(current, (tag.group(2) != null) ? tag.group(2).substring(1) : null, representation,
							coding);
				}
			}
		}
		return null;
	}

	/**
	 * Whether a read's {@code If-Match} holds (RFC 9110, 13.1.1; false is a 412): it is
	 * {@code *}, or a strong tag of the resource's id and version for a single resource
	 * (what follows the data version, as a write reads it: the data version moves with
	 * every write anywhere), or of the current data version for a list or an aggregate,
	 * in any representation and coding.
	 */
	static boolean ifMatchHolds(Enumeration<String> headers, long current, String resource) {
		while (headers.hasMoreElements()) {
			for (String candidate : headers.nextElement().split(",")) {
				String value = candidate.trim();
				if (value.equals("*")) {
					return true;
				}
				Matcher tag = TAG.matcher(value);
				if (value.startsWith("W/") || !tag.matches()) {
					continue;
				}
				boolean holds = (resource != null) ? tag.group(2) != null && tag.group(2).substring(1).equals(resource)
						: tag.group(2) == null && Long.parseLong(tag.group(1)) == current;
				if (holds) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Whether the request's {@code If-None-Match} is {@code *}, which matches whatever
	 * current representation the target has.
	 */
	static boolean matchesAny(HttpServletRequest request) {
		// Asked of every 200 of a read: no list made when, as mostly, there is no header
		Enumeration<String> headers = request.getHeaders(HttpHeaders.IF_NONE_MATCH);
		while (headers.hasMoreElements()) {
			for (String candidate : headers.nextElement().split(",")) {
				if (candidate.trim().equals("*")) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean isRead(String method) {
		return HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method);
	}

}
