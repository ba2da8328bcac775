package org.awardsapi.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * gzip for the reads {@link HttpCaching} tagged as gzip ({@link ContentCoding}): the body
 * is compressed as it is written, {@code Content-Encoding: gzip} is set and the length,
 * unknown before the end, is left out. Any other answer (a problem, a write, a read of a
 * client that does not take gzip) passes as it is.
 * <p>
 * Tomcat's own compression ({@code server.compression.enabled}) leaves a response with a
 * strong ETag alone, rightly: the compressed bytes need a tag of their own, which only
 * the API can give. The filter sits inside the {@link ResponseCache}, which so holds the
 * compressed answer and replays it without compressing it again.
 */
final class Compression extends HttpFilter {

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (!(HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod()))
				|| ContentCoding.of(request) != ContentCoding.GZIP) {
			chain.doFilter(request, response);
			return;
		}
		Gzipped gzipped = new Gzipped(request, response);
		try {
			chain.doFilter(request, gzipped);
			gzipped.finish();
		}
		finally {
			gzipped.release();
		}
	}

	/**
	 * The response, compressed once {@link HttpCaching} has tagged it as gzip (it does so
	 * before the handler's headers and body are written).
	 */
	private static final class Gzipped extends HttpServletResponseWrapper {

		private final HttpServletRequest request;

		private GzipStream stream;

		private PrintWriter writer;

		Gzipped(HttpServletRequest request, HttpServletResponse response) {
			super(response);
			this.request = request;
		}

		private boolean compressing() {
			return this.request.getAttribute(ContentCoding.ATTRIBUTE) == ContentCoding.GZIP;
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			if (!compressing()) {
				return super.getOutputStream();
			}
			if (this.stream == null) {
				this.stream = new GzipStream(super.getOutputStream());
			}
			return this.stream;
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			if (!compressing()) {
				return super.getWriter();
			}
			if (this.writer == null) {
				this.writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), getCharacterEncoding()));
			}
			return this.writer;
		}

		@Override
		public void setContentLength(int length) {
			if (!compressing()) {
				super.setContentLength(length);
			}
		}

		@Override
		public void setContentLengthLong(long length) {
			if (!compressing()) {
				super.setContentLengthLong(length);
			}
		}

		@Override
		public void setHeader(String name, String value) {
			if (!isLength(name)) {
				super.setHeader(name, value);
			}
		}

		@Override
		public void addHeader(String name, String value) {
			if (!isLength(name)) {
				super.addHeader(name, value);
			}
		}

		@Override
		public void setIntHeader(String name, int value) {
			if (!isLength(name)) {
				super.setIntHeader(name, value);
			}
		}

		@Override
		public void addIntHeader(String name, int value) {
			if (!isLength(name)) {
				super.addIntHeader(name, value);
			}
		}

		private boolean isLength(String name) {
			return HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name) && compressing();
		}

		@Override
		public void flushBuffer() throws IOException {
			if (this.writer != null) {
				this.writer.flush();
			}
			super.flushBuffer();
		}

		/** An answer replaced whole (headers too, say by a problem) is sent as it is. */
		@Override
		public void reset() {
			super.reset();
			this.request.removeAttribute(ContentCoding.ATTRIBUTE);
			this.stream = null;
			this.writer = null;
		}

		/**
		 * A body replaced (its headers kept, gzip's included) starts a new gzip stream.
		 */
		@Override
		public void resetBuffer() {
			super.resetBuffer();
			if (this.stream != null) {
				this.stream.restart();
			}
			this.writer = null;
		}

		void finish() throws IOException {
			if (this.writer != null) {
				this.writer.flush();
			}
			if (this.stream != null) {
				this.stream.finish();
			}
		}

		void release() {
			if (this.stream != null) {
				this.stream.restart();
			}
		}

		/**
		 * Compresses what is written into the response's stream. The gzip stream is begun
		 * at the first byte, and so is {@code Content-Encoding}: an empty body stays
		 * empty.
		 */
		private final class GzipStream extends ServletOutputStream {

			private final ServletOutputStream out;

			private Gzip gzip;

			GzipStream(ServletOutputStream out) {
				this.out = out;
			}

			private Gzip gzip() throws IOException {
				if (this.gzip == null) {
					Gzipped.super.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
					this.gzip = new Gzip(this.out);
				}
				return this.gzip;
			}

			@Override
			public void write(int b) throws IOException {
				gzip().write(b);
			}

			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				if (length > 0) {
					gzip().write(bytes, offset, length);
				}
			}

			@Override
			public void flush() throws IOException {
				if (this.gzip != null) {
					this.gzip.flush();
				}
				else {
					this.out.flush();
				}
			}

			@Override
			public void close() throws IOException {
				finish();
				this.out.close();
			}

			void finish() throws IOException {
				if (this.gzip != null) {
					this.gzip.finish();
				}
			}

			/**
			 * Drops the gzip stream begun (what it wrote goes with the response's
			 * buffer).
			 */
			void restart() {
				if (this.gzip != null) {
					this.gzip.end();
					this.gzip = null;
				}
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

	/**
	 * gzip whose compressor's native memory is given back without closing the response.
	 */
	private static final class Gzip extends GZIPOutputStream {

		Gzip(ServletOutputStream out) throws IOException {
			super(out, 8192);
		}

		void end() {
			this.def.end();
		}

	}

}
