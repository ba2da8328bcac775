package org.awardsapi.fuzz;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An HTTP/1.1 client over a plain socket, one keep-alive connection at a time, that sends
 * the bytes it is given: no request line, header or body is checked, normalised or
 * encoded, so a request can be as malformed as a fuzzer makes it. The request line and
 * headers are Latin-1 (each char one byte).
 */
final class RawHttp implements Closeable {

	private static final int TIMEOUT_MILLIS = 15_000;

	private final int port;

	private Socket socket;

	private BufferedInputStream in;

	private OutputStream out;

	RawHttp(int port) {
		this.port = port;
	}

	/**
	 * Sends the request and reads its answer, on the open connection or a new one. A
	 * connection the server closed while idle is retried once on a new one.
	 * @param request the request
	 * @return the answer
	 * @throws IOException if no answer could be read
	 */
	Response exchange(Request request) throws IOException {
		boolean fresh = this.socket == null;
		try {
			return once(request);
		}
		catch (IOException ex) {
			close();
			if (fresh) {
				throw ex;
			}
			return once(request);
		}
	}

	private Response once(Request request) throws IOException {
		if (this.socket == null) {
			this.socket = new Socket();
			this.socket.connect(new InetSocketAddress("localhost", this.port), TIMEOUT_MILLIS);
			this.socket.setSoTimeout(TIMEOUT_MILLIS);
			this.socket.setTcpNoDelay(true);
			this.in = new BufferedInputStream(this.socket.getInputStream(), 16 * 1024);
			this.out = this.socket.getOutputStream();
		}
		IOException writeFailure = null;
		try {
			this.out.write(request.bytes(this.port));
			this.out.flush();
		}
		catch (IOException ex) {
			// The server may answer (413) and close before reading the whole body
			writeFailure = ex;
		}
		Response response;
		try {
			response = read(request.method());
		}
		catch (IOException ex) {
			if (writeFailure != null) {
				ex.addSuppressed(writeFailure);
			}
			throw ex;
		}
		if (response.closes() || request.closeAfter() || writeFailure != null) {
			close();
		}
		return response;
	}

	private Response read(String method) throws IOException {
		while (true) {
			String statusLine = line();
			if (statusLine == null) {
				throw new EOFException("The connection was closed without an answer");
			}
			String[] parts = statusLine.split(" ", 3);
			if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
				throw new IOException("Not a status line: " + statusLine);
			}
			int status = Integer.parseInt(parts[1]);
			List<String[]> headers = new ArrayList<>();
			for (String header = line(); header != null && !header.isEmpty(); header = line()) {
				int colon = header.indexOf(':');
				headers.add(new String[] { header.substring(0, colon).trim(), header.substring(colon + 1).trim() });
			}
			if (status >= 100 && status < 200) {
				continue;
			}
			Response response = new Response(status, headers, null, false);
			boolean closes = "close".equalsIgnoreCase(response.header("Connection"));
			byte[] body;
			if (method.equals("HEAD") || status == 204 || status == 304) {
				body = new byte[0];
			}
			else if ("chunked".equalsIgnoreCase(response.header("Transfer-Encoding"))) {
				body = chunked();
			}
			else if (response.header("Content-Length") != null) {
				body = this.in.readNBytes(Integer.parseInt(response.header("Content-Length")));
			}
			else {
				body = this.in.readAllBytes();
				closes = true;
			}
			return new Response(status, headers, body, closes);
		}
	}

	private byte[] chunked() throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		while (true) {
			String size = line();
			if (size == null) {
				throw new EOFException("The connection was closed in a chunked body");
			}
			int length = Integer.parseInt(size.split(";", 2)[0].trim(), 16);
			if (length == 0) {
				for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
					// trailers are ignored
				}
				return body.toByteArray();
			}
			body.write(this.in.readNBytes(length));
			line();
		}
	}

	private String line() throws IOException {
		StringBuilder line = new StringBuilder();
		int b;
		while ((b = this.in.read()) >= 0) {
			if (b == '\n') {
				int last = line.length() - 1;
				return (last >= 0 && line.charAt(last) == '\r') ? line.substring(0, last) : line.toString();
			}
			line.append((char) b);
		}
		return (line.length() > 0) ? line.toString() : null;
	}

	@Override
	public void close() {
		if (this.socket != null) {
			try {
				this.socket.close();
			}
			catch (IOException ex) {
				// closing anyway
			}
			this.socket = null;
		}
	}

	/**
	 * A request as bytes on the wire.
	 *
	 * @param method the method, as sent
	 * @param target the request target, as sent (Latin-1)
	 * @param headers the headers, as sent (Latin-1); {@code Host} is added unless
	 * {@code noHost}, and {@code Content-Length} unless {@code rawFraming}
	 * @param body the body
	 * @param rawFraming whether the headers frame the body themselves (or lie about it)
	 * @param noHost whether to leave {@code Host} out
	 * @param closeAfter whether to close the connection after the answer
	 */
	record Request(String method, String target, List<String[]> headers, byte[] body, boolean rawFraming,
			boolean noHost, boolean closeAfter) {

		byte[] bytes(int port) {
			StringBuilder head = new StringBuilder();
			head.append(this.method).append(' ').append(this.target).append(" HTTP/1.1\r\n");
			if (!this.noHost) {
				head.append("Host: localhost:").append(port).append("\r\n");
			}
			for (String[] header : this.headers) {
				head.append(header[0]).append(": ").append(header[1]).append("\r\n");
			}
			if (!this.rawFraming && (this.body.length > 0 || !List.of("GET", "HEAD").contains(this.method))) {
				head.append("Content-Length: ").append(this.body.length).append("\r\n");
			}
			head.append("\r\n");
			byte[] start = head.toString().getBytes(StandardCharsets.ISO_8859_1);
			byte[] all = new byte[start.length + this.body.length];
			System.arraycopy(start, 0, all, 0, start.length);
			System.arraycopy(this.body, 0, all, start.length, this.body.length);
			return all;
		}

		/**
		 * @return the request as a failure report shows it: method, target, headers and
		 * the start of the body, with control characters escaped
		 */
		String describe() {
			StringBuilder text = new StringBuilder();
			text.append(this.method).append(' ').append(shorten(this.target, 300));
			for (String[] header : this.headers) {
				text.append("\n  ").append(header[0]).append(": ").append(shorten(header[1], 200));
			}
			if (this.body.length > 0) {
				text.append("\n  body (")
					.append(this.body.length)
					.append(" bytes): ")
					.append(shorten(new String(this.body, 0, Math.min(this.body.length, 200), StandardCharsets.UTF_8),
							200));
			}
			return text.toString();
		}

		private static String shorten(String text, int max) {
			StringBuilder escaped = new StringBuilder();
			for (int i = 0; i < text.length() && escaped.length() < max; i++) {
				char c = text.charAt(i);
				if (c < 0x20 || c == 0x7f) {
					escaped.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
				}
				else {
					escaped.append(c);
				}
			}
			return (text.length() > max) ? escaped + "…(" + text.length() + " chars)" : escaped.toString();
		}

	}

	/**
	 * An answer.
	 *
	 * @param status the status
	 * @param headers the headers, as received
	 * @param body the body, empty for HEAD, 204 and 304
	 * @param closes whether the server closes the connection after it
	 */
	record Response(int status, List<String[]> headers, byte[] body, boolean closes) {

		String header(String name) {
			for (String[] header : this.headers) {
				if (header[0].equalsIgnoreCase(name)) {
					return header[1];
				}
			}
			return null;
		}

		String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

	}

}
