package org.awardsapi.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.awardsapi.web.ProblemTypes;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body over its limit ({@link BodyLimits}) with {@code 413}: by its
 * {@code Content-Length} before a byte is read, and otherwise (a chunked body) as soon as
 * reading passes the limit. It runs after the security filters, so an unauthenticated
 * write is a {@code 401} whatever its size. Multipart bodies are parsed by the servlet
 * container, which enforces {@code spring.servlet.multipart.max-request-size} (set to the
 * import limit) the same way.
 */
class BodySizeLimitFilter extends OncePerRequestFilter {

	private final BodyLimits limits;

	BodySizeLimitFilter(BodyLimits limits) {
		this.limits = limits;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = this.limits.bytesFor(request.getRequestURI().substring(request.getContextPath().length()));
		long length = request.getContentLengthLong();
		if (length > limit) {
			tooLarge(limit, request, response);
			return;
		}
		if (length >= 0 || (request.getHeader("Transfer-Encoding") == null && isHttp1(request))) {
			// Tomcat reads no more than the Content-Length, and in HTTP/1.x there is no
			// body without either header: only a chunked body (or an HTTP/2 body of
			// unknown length) needs counting, and a GET is not wrapped again
			chain.doFilter(request, response);
			return;
		}
		try {
			chain.doFilter(new LimitedRequest(request, limit), response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			BodyTooLargeException tooLarge = find(ex);
			if (tooLarge == null || response.isCommitted()) {
				throw ex;
			}
			response.resetBuffer();
			tooLarge(tooLarge.getLimit(), request, response);
		}
	}

	private static boolean isHttp1(HttpServletRequest request) {
		return request.getProtocol().startsWith("HTTP/1.");
	}

	static void tooLarge(long limit, HttpServletRequest request, HttpServletResponse response) throws IOException {
		Problems.write(problem(limit), request, response);
	}

	static ProblemDetail problem(long limit) {
		return ProblemTypes.problem(HttpStatus.CONTENT_TOO_LARGE,
				"The request body may be at most " + limit + " bytes.");
	}

	private static BodyTooLargeException find(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyTooLargeException tooLarge) {
				return tooLarge;
			}
		}
		return null;
	}

	/**
	 * The request with its body counted as it is read.
	 */
	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream in;

		private BufferedReader reader;

		LimitedRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.in == null) {
				this.in = new LimitedInputStream(super.getInputStream(), this.limit);
			}
			return this.in;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			if (this.reader == null) {
				String encoding = getCharacterEncoding();
				Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.ISO_8859_1;
				this.reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
			}
			return this.reader;
		}

	}

	/**
	 * Counts the bytes read and fails past the limit.
	 */
	private static final class LimitedInputStream extends ServletInputStream {

		private final ServletInputStream in;

		private final long limit;

		private long count;

		LimitedInputStream(ServletInputStream in, long limit) {
			this.in = in;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = this.in.read();
			if (b >= 0) {
				counted(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.in.read(buffer, offset, length);
			if (n > 0) {
				counted(n);
			}
			return n;
		}

		private void counted(int n) throws BodyTooLargeException {
			this.count += n;
			if (this.count > this.limit) {
				throw new BodyTooLargeException(this.limit);
			}
		}

		@Override
		public boolean isFinished() {
			return this.in.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.in.setReadListener(listener);
		}

	}

}
