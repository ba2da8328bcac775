package org.awardsapi.security;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Locale;
import java.util.TreeMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.awardsapi.web.ProblemTypes;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on every {@code POST} under {@code /api/}: the first response
 * of a user's key is kept ({@link IdempotencyKeys}) and a retry with the same key and the
 * same request gets it again, with {@code Idempotent-Replayed: true}, without running
 * again. The same key with another request is a {@code 422}; a retry while the first
 * request still runs is a {@code 409}.
 * <p>
 * A servlet filter rather than an interceptor: it sees the exact bytes of the request and
 * the whole response (status, headers, body) whatever the controller returns or however
 * it reads its body (the import streams it), and it runs after the security filters, so
 * the key belongs to the signed-in user. Only successful ({@code 2xx}) responses are
 * kept: a failure changed nothing, and a retry with the same key runs again. A multipart
 * or form body is left to the servlet container to parse, and hashed from its parts or
 * parameters.
 */
class IdempotencyFilter extends OncePerRequestFilter {

	static final String KEY = "Idempotency-Key";

	static final String REPLAYED = "Idempotent-Replayed";

	private static final int MAX_KEY_LENGTH = 255;

	private final IdempotencyKeys keys;

	IdempotencyFilter(IdempotencyKeys keys) {
		this.keys = keys;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getHeader(KEY) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Principal principal = request.getUserPrincipal();
		if (principal == null) {
			chain.doFilter(request, response);
			return;
		}
		String key = request.getHeader(KEY);
		if (Collections.list(request.getHeaders(KEY)).size() > 1) {
			// which of them the client meant is not for the server to guess
			Problems.write(ProblemTypes.problem(HttpStatus.BAD_REQUEST, "invalid-idempotency-key",
					"Invalid Idempotency-Key", "Idempotency-Key must be sent once, not in several headers."), request,
					response);
			return;
		}
		if (!valid(key)) {
			Problems.write(
					ProblemTypes.problem(HttpStatus.BAD_REQUEST, "invalid-idempotency-key", "Invalid Idempotency-Key",
							"Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters."),
					request, response);
			return;
		}
		// A multipart or form body is parsed (and kept) by the servlet container, and
		// hashed
		// from what it parsed; any other body is read here and handed on from memory.
		boolean parsed = isParsedByTheContainer(request);
		byte[] body = parsed ? null : request.getInputStream().readAllBytes();
		String hash;
		try {
			hash = parsed ? hashParsed(request) : hash(request, body);
		}
		catch (IOException | ServletException | IllegalStateException ex) {
			unparsable(ex, request, response);
			return;
		}
		IdempotencyKeys.Claim claim = this.keys.claim(principal.getName(), key, hash);
		switch (claim.outcome()) {
			case REUSED -> Problems.write(ProblemTypes.problem(HttpStatus.UNPROCESSABLE_CONTENT,
					"idempotency-key-reused", "Idempotency-Key reused",
					"This Idempotency-Key was first used for another request; use a new key for a new request."),
					request, response);
			case IN_PROGRESS -> {
				response.setHeader(HttpHeaders.RETRY_AFTER, "1");
				Problems.write(ProblemTypes.problem(HttpStatus.CONFLICT, "idempotency-key-in-use",
						"Idempotency-Key in use",
						"The first request with this Idempotency-Key is still running; retry once it has finished."),
						request, response);
			}
			case REPLAY -> replay(claim.stored(), response);
			case RUN -> run(principal.getName(), key, body, request, response, chain);
		}
	}

	/**
	 * A multipart or form body the container cannot parse: too large ({@code 413}, as the
	 * import would answer without the key) or malformed ({@code 400}).
	 */
	private static void unparsable(Exception ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyTooLargeException tooLarge) {
				throw tooLarge;
			}
			if (cause instanceof org.apache.tomcat.util.http.fileupload.impl.SizeException) {
				Problems.write(ProblemTypes.problem(HttpStatus.CONTENT_TOO_LARGE,
						"The multipart body is over the import limit."), request, response);
				return;
			}
		}
		Problems.write(ProblemTypes.problem(HttpStatus.BAD_REQUEST, "unreadable-body", "Unreadable request body",
				"The multipart or form body cannot be read: it has no boundary, or it is cut short or malformed"),
				request, response);
	}

	private void run(String principal, String key, byte[] body, HttpServletRequest request,
			HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
		ContentCachingResponseWrapper caching = new ContentCachingResponseWrapper(response);
		boolean kept = false;
		try {
			chain.doFilter((body != null) ? new BufferedBodyRequest(request, body) : request, caching);
			int status = caching.getStatus();
			if (status >= 200 && status < 300) {
				this.keys.complete(principal, key, status, caching.getContentType(),
						caching.getHeader(HttpHeaders.LOCATION), caching.getHeader(HttpHeaders.ETAG),
						caching.getContentAsByteArray());
				kept = true;
			}
		}
		finally {
			if (!kept) {
				this.keys.release(principal, key);
			}
			caching.copyBodyToResponse();
		}
	}

	private static void replay(IdempotencyKeys.Stored stored, HttpServletResponse response) throws IOException {
		response.setStatus(stored.status());
		if (stored.contentType() != null) {
			response.setContentType(stored.contentType());
		}
		if (stored.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, stored.location());
		}
		if (stored.etag() != null) {
			response.setHeader(HttpHeaders.ETAG, stored.etag());
		}
		response.setHeader(REPLAYED, "true");
		byte[] body = (stored.body() != null) ? stored.body() : new byte[0];
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
		response.flushBuffer();
	}

	private static boolean valid(String key) {
		return !key.isEmpty() && key.length() <= MAX_KEY_LENGTH && key.chars().allMatch((c) -> c > 0x20 && c < 0x7f);
	}

	private static boolean isParsedByTheContainer(HttpServletRequest request) {
		String type = request.getContentType();
		if (type == null) {
			return false;
		}
		String lower = type.toLowerCase(Locale.ROOT);
		return lower.startsWith("multipart/") || lower.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
	}

	private static String hash(HttpServletRequest request, byte[] body) {
		MessageDigest digest = target(request);
		digest.update(body);
		return HexFormat.of().formatHex(digest.digest());
	}

	private static String hashParsed(HttpServletRequest request) throws IOException, ServletException {
		MessageDigest digest = target(request);
		if (request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
			for (Part part : request.getParts()) {
				update(digest, part.getName(), part.getSubmittedFileName(), part.getContentType(),
						Long.toString(part.getSize()));
				try (InputStream in = part.getInputStream()) {
					in.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), digest));
				}
			}
		}
		else {
			new TreeMap<>(request.getParameterMap())
				.forEach((name, values) -> update(digest, name, String.join("\u0000", values)));
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/** A digest that has taken in the method, the path and the query. */
	private static MessageDigest target(HttpServletRequest request) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			update(digest, request.getMethod(), request.getRequestURI(), request.getQueryString());
			return digest;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void update(MessageDigest digest, String... values) {
		for (String value : values) {
			digest.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
		}
	}

	/**
	 * The request with its body, already read, read again from memory.
	 */
	private static final class BufferedBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		BufferedBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("the body has been read already");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.ISO_8859_1;
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
