package org.awardsapi.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.awardsapi.cache.DataVersion;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * The server's own cache of whole answers: a {@code GET} under {@code /api} that was
 * answered {@code 200} with an ETag (every read, see {@link HttpCaching}) is kept, body
 * and representation headers, and the same request is answered from memory, without
 * Spring MVC and without the database, until the data version changes.
 * <p>
 * The key is the data version, the path and query, the {@code Accept} header as sent and
 * the coding ({@link ContentCoding}: an answer is held as {@link Compression} sent it,
 * gzip-compressed or not): an answer is only ever replayed for the request that produced
 * it, at the data version it was read at. Every write bumps the data version, so a write
 * is never followed by an older answer on the instance that made it; another instance's
 * write is seen within {@code awards.cache.version-refresh}, exactly as the ETags see it.
 * Entries of an older version are dropped as soon as a request sees the new one.
 * <p>
 * A {@code HEAD} is answered from the answer its {@code GET} left, with the headers, the
 * length included, and without the body; it leaves none itself. An {@code If-None-Match}
 * naming the current tag of an answer held, or {@code *}, is a {@code 304} from here, as
 * {@link HttpCaching} would answer it after Spring MVC found the handler; other
 * conditional and ranged requests pass through, and so does a body larger than
 * {@code awards.cache.responses.max-entry-size}: it is streamed as it was, never held. So
 * is a {@code GET} with a body.
 * <p>
 * The filter runs ahead of the security filters, right after CORS and the timing of
 * requests: the filters Spring Security and Spring MVC run for a read cost more than the
 * answer from memory (docs/benchmarks.md, item 46). A {@link HeldAnswerGate} stands in
 * for them: it admits a read without credentials that the firewall passes and charges it
 * to its client's rate limit, so a held answer costs a client what any other does;
 * anything else goes through every filter. The headers the filters set on the answer (the
 * security headers) are held with it; those of one request's way through (the rate
 * limit's, the server's) are not. A held answer is timed under the path pattern of the
 * handler that made it (the {@code uri} of {@code http.server.requests}), as it was the
 * first time, not as {@code UNKNOWN}.
 */
final class ResponseCache extends OncePerRequestFilter {

	/**
	 * The headers of the representation; a {@code 304} sends only the caching ones of
	 * them.
	 */
	private static final List<String> REPRESENTATION_HEADERS = List.of(HttpHeaders.CONTENT_TYPE,
			HttpHeaders.CONTENT_ENCODING, HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.CONTENT_LANGUAGE,
			HttpHeaders.ETAG, HttpHeaders.CACHE_CONTROL, HttpHeaders.VARY, HttpHeaders.LINK);

	/**
	 * The headers of one request's way through, never kept: the rate limit's (set for
	 * each request, by the gate for a held answer) and the server's own.
	 */
	private static final Set<String> PER_REQUEST_HEADERS = Stream
		.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "RateLimit-Policy", HttpHeaders.RETRY_AFTER,
				HttpHeaders.DATE, HttpHeaders.CONTENT_LENGTH, HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CONNECTION,
				"Keep-Alive", HttpHeaders.SET_COOKIE)
		.map((name) -> name.toLowerCase(Locale.ROOT))
		.collect(Collectors.toUnmodifiableSet());

	private static final List<String> CONDITIONAL_HEADERS = List.of(HttpHeaders.IF_NONE_MATCH,
			HttpHeaders.IF_MODIFIED_SINCE, HttpHeaders.IF_MATCH, HttpHeaders.IF_UNMODIFIED_SINCE, HttpHeaders.RANGE);

	/** Found at the first request: the filter is made before the database is there. */
	private final Supplier<DataVersion> dataVersion;

	/** Found at the first request, as the data version is. */
	private final Supplier<HeldAnswerGate> gate;

	private final Cache<String, Answer> answers;

	private final int maxEntrySize;

	/** The data version of the answers held. */
	private volatile long version = Long.MIN_VALUE;

	ResponseCache(Supplier<DataVersion> dataVersion, Supplier<HeldAnswerGate> gate,
			CacheProperties.Responses properties) {
		this.dataVersion = dataVersion;
		this.gate = gate;
		this.maxEntrySize = (int) Math.min(Integer.MAX_VALUE, properties.maxEntrySize().toBytes());
		this.answers = Caffeine.newBuilder()
			.maximumWeight(properties.maxSize().toBytes())
			.weigher((String key, Answer answer) -> key.length() + answer.weight())
			.build();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Conditional conditional = conditional(request);
		boolean head = HttpMethod.HEAD.matches(request.getMethod());
		if (!(head || HttpMethod.GET.matches(request.getMethod())) || conditional == Conditional.OTHER
				|| hasBody(request)) {
			chain.doFilter(request, response);
			return;
		}
		long current = this.dataVersion.get().current();
		// The version the answer's ETag is made of, so that the tag and the key agree
		request.setAttribute(HttpCaching.DATA_VERSION, current);
		dropOlderThan(current);
		String key = key(current, request);
		Answer cached = this.answers.getIfPresent(key);
		if (conditional == Conditional.IF_NONE_MATCH) {
			String matched = null;
			if (cached != null) {
				matched = HttpCaching.matchesAny(request) ? cached.tag()
						: HttpCaching.matching(Collections.list(request.getHeaders(HttpHeaders.IF_NONE_MATCH)), current,
								Representation.of(request), ContentCoding.of(request));
			}
			HeldAnswerGate.Admission admission = (matched != null) ? this.gate.get().admit(request, response) : null;
			if (admission != null) {
				cached.observedAs(request);
				cached.notModified(response, matched);
				admission.answered(HttpServletResponse.SC_NOT_MODIFIED);
			}
			else {
				chain.doFilter(request, response);
			}
			return;
		}
		HeldAnswerGate.Admission admission = (cached != null) ? this.gate.get().admit(request, response) : null;
		if (admission != null) {
			cached.observedAs(request);
			cached.replay(response, !head);
			admission.answered(HttpServletResponse.SC_OK);
			return;
		}
		if (head || cached != null) {
			// A HEAD's body is not sent, so there is no answer to keep; an answer held
			// but not admitted is kept already
			chain.doFilter(request, response);
			return;
		}
		List<Header> before = headers(response);
		Capture capture = new Capture(response, this.maxEntrySize);
		chain.doFilter(request, capture);
		Answer answer = capture.answer(before, pathPattern(request));
		if (answer != null && current == this.version) {
			this.answers.put(key, answer);
		}
	}

	/**
	 * A {@code GET} with a body: the filters judge it (its size), never the cache.
	 */
	private static boolean hasBody(HttpServletRequest request) {
		return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
	}

	private static Conditional conditional(HttpServletRequest request) {
		Conditional conditional = Conditional.NONE;
		for (String name : CONDITIONAL_HEADERS) {
			if (request.getHeader(name) != null) {
				if (!HttpHeaders.IF_NONE_MATCH.equals(name)) {
					return Conditional.OTHER;
				}
				conditional = Conditional.IF_NONE_MATCH;
			}
		}
		return conditional;
	}

	/**
	 * What a request makes its answer depend on: nothing, {@code If-None-Match} alone, or
	 * anything else ({@code If-Modified-Since}, {@code If-Match}, {@code Range}, …).
	 */
	private enum Conditional {

		NONE, IF_NONE_MATCH, OTHER

	}

	private void dropOlderThan(long current) {
		if (current != this.version) {
			synchronized (this) {
				if (current != this.version) {
					this.answers.invalidateAll();
					this.version = current;
				}
			}
		}
	}

	private static String key(long version, HttpServletRequest request) {
		String query = request.getQueryString();
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		// HTTPS is told apart: Strict-Transport-Security is only sent over it
		return version + ContentCoding.of(request).tagSuffix() + (request.isSecure() ? " https " : " ")
				+ request.getRequestURI() + ((query != null) ? "?" + query : "") + "\n"
				+ ((accept != null) ? accept : "");
	}

	/**
	 * The path pattern of the handler that answered, as the request's observation holds
	 * it (Spring MVC sets it there), or {@code null}.
	 */
	private static String pathPattern(HttpServletRequest request) {
		return ServerHttpObservationFilter.findObservationContext(request)
			.map(ServerRequestObservationContext::getPathPattern)
			.orElse(null);
	}

	/**
	 * The headers a response has, those of the representation first: all but the
	 * {@link #PER_REQUEST_HEADERS}.
	 */
	private static List<Header> headers(HttpServletResponse response) {
		List<Header> headers = new ArrayList<>();
		Set<String> seen = new HashSet<>(PER_REQUEST_HEADERS);
		for (String name : REPRESENTATION_HEADERS) {
			seen.add(name.toLowerCase(Locale.ROOT));
			for (String value : response.getHeaders(name)) {
				headers.add(new Header(name, value));
			}
		}
		for (String name : response.getHeaderNames()) {
			if (seen.add(name.toLowerCase(Locale.ROOT))) {
				for (String value : response.getHeaders(name)) {
					headers.add(new Header(name, value));
				}
			}
		}
		return headers;
	}

	private record Header(String name, String value) {

	}

	/**
	 * An answer as it was sent: the headers the handler set and the body, and the path
	 * pattern of the handler ({@code null} if none was observed).
	 */
	private record Answer(List<Header> headers, byte[] body, String pathPattern) {

		/**
		 * Names the handler's path pattern in the request's observation, as Spring MVC
		 * does when it finds the handler.
		 */
		void observedAs(HttpServletRequest request) {
			if (this.pathPattern != null) {
				ServerHttpObservationFilter.findObservationContext(request)
					.ifPresent((context) -> context.setPathPattern(this.pathPattern));
			}
		}

		int weight() {
			int weight = this.body.length;
			for (Header header : this.headers) {
				weight += header.name().length() + header.value().length();
			}
			return weight;
		}

		/**
		 * Answers {@code 304} with the tag matched, the answer's caching headers and
		 * those of the filters (security headers), as {@link HttpCaching} does.
		 */
		void notModified(HttpServletResponse response, String tag) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			response.setHeader(HttpHeaders.ETAG, tag);
			for (Header header : this.headers) {
				if (header.name().equals(HttpHeaders.CACHE_CONTROL) || header.name().equals(HttpHeaders.VARY)
						|| !REPRESENTATION_HEADERS.contains(header.name())) {
					response.addHeader(header.name(), header.value());
				}
			}
		}

		/** The answer's ETag: every answer held has one. */
		String tag() {
			for (Header header : this.headers) {
				if (header.name().equals(HttpHeaders.ETAG)) {
					return header.value();
				}
			}
			throw new IllegalStateException("An answer held without an ETag");
		}

		/**
		 * Sends the answer again, its body for a {@code GET}, only its headers (its
		 * length among them) for a {@code HEAD}.
		 */
		void replay(HttpServletResponse response, boolean withBody) throws IOException {
			response.setStatus(HttpServletResponse.SC_OK);
			for (Header header : this.headers) {
				response.addHeader(header.name(), header.value());
			}
			response.setContentLength(this.body.length);
			if (withBody) {
				response.getOutputStream().write(this.body);
			}
		}

	}

	/**
	 * Passes the answer through as it is written, keeping a copy of at most {@code limit}
	 * bytes of it.
	 */
	private static final class Capture extends HttpServletResponseWrapper {

		private final int limit;

		private final ByteArrayOutputStream copy = new ByteArrayOutputStream(1024);

		private boolean uncacheable;

		private ServletOutputStream stream;

		Capture(HttpServletResponse response, int limit) {
			super(response);
			this.limit = limit;
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new Tee(super.getOutputStream());
			}
			return this.stream;
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			// Not a body the API writes (JSON and CSV go to the stream): pass it through
			this.uncacheable = true;
			return super.getWriter();
		}

		/**
		 * @param before the representation headers set before the request reached the
		 * handler, which are not the answer's own
		 * @param pathPattern the path pattern of the handler that answered, or
		 * {@code null}
		 * @return the answer to keep, or {@code null} if it is not one to keep
		 */
		Answer answer(List<Header> before, String pathPattern) {
			if (this.uncacheable || this.stream == null || getStatus() != HttpServletResponse.SC_OK
					|| getHeader(HttpHeaders.ETAG) == null) {
				return null;
			}
			List<Header> own = headers((HttpServletResponse) getResponse());
			for (Header header : before) {
				own.remove(header);
			}
			return new Answer(List.copyOf(own), this.copy.toByteArray(), pathPattern);
		}

		private void keep(byte[] bytes, int offset, int length) {
			if (this.uncacheable) {
				return;
			}
			if (this.copy.size() + length > this.limit) {
				this.uncacheable = true;
				this.copy.reset();
				return;
			}
			this.copy.write(bytes, offset, length);
		}

		private final class Tee extends ServletOutputStream {

			private final ServletOutputStream out;

			Tee(ServletOutputStream out) {
				this.out = out;
			}

			@Override
			public void write(int b) throws IOException {
				this.out.write(b);
				keep(new byte[] { (byte) b }, 0, 1);
			}

			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				this.out.write(bytes, offset, length);
				keep(bytes, offset, length);
			}

			@Override
			public void flush() throws IOException {
				this.out.flush();
			}

			@Override
			public void close() throws IOException {
				this.out.close();
			}

			@Override
			public boolean isReady() {
				return this.out.isReady();
			}

			@Override
			public void setWriteListener(WriteListener listener) {
				this.out.setWriteListener(listener);
			}

		}

	}

}
