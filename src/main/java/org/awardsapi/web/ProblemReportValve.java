package org.awardsapi.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's error report, as a problem: what Tomcat answers itself, before the request
 * reaches the app (a URL it cannot decode, such as {@code %C0%AF} or an encoded
 * {@code /}, a request line or header too long), is {@code application/problem+json} like
 * every other error, in place of Tomcat's HTML page. It says nothing of the server. A
 * {@code Transfer-Encoding} Tomcat does not implement is a 400 (its own answer is 501).
 * It carries the headers every answer of the app does (Spring Security writes them, and
 * these answers never reach it: {@code ErrorBodiesTest} compares the two), and lets a
 * page of any origin read it, as any origin may read the API.
 */
class ProblemReportValve extends ErrorReportValve {

	/** The security headers of every answer (security.WebSecurity). */
	static final java.util.Map<String, String> SECURITY_HEADERS = java.util.Map.of("X-Content-Type-Options", "nosniff",
			"X-XSS-Protection", "0", "X-Frame-Options", "DENY", "Referrer-Policy", "no-referrer",
			"Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status == HttpServletResponse.SC_NOT_IMPLEMENTED && request.getHeader("Transfer-Encoding") != null) {
			// Tomcat's answer to a transfer coding it does not read (gzip, or junk): the
			// client framed its body in a way no length can be read from, which RFC 9112
			// (6.3) answers with a 400. No request of a client of the API is a 5xx.
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			status = HttpServletResponse.SC_BAD_REQUEST;
		}
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		try {
			SECURITY_HEADERS.forEach(response::setHeader);
			if (request.getHeader(HttpHeaders.ORIGIN) != null) {
				response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
				response.addHeader(HttpHeaders.VARY, HttpHeaders.ORIGIN);
			}
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			PrintWriter writer = response.getReporter();
			if (writer != null) {
				writer.write(json(status, (status < 500)
						? "The request could not be read (its URL, a header or its framing); it did not reach the API."
						: "The server could not answer this request."));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the connection is gone or the response committed: nothing more to say
		}
	}

	/**
	 * @param status the status
	 * @param detail the detail, plain text without quotes or backslashes
	 * @return the problem of the status, as JSON
	 */
	static String json(int status, String detail) {
		HttpStatus known = HttpStatus.resolve(status);
		String title = (known != null) ? known.getReasonPhrase() : "Error";
		return "{\"type\":\"" + ProblemTypes.PREFIX + ProblemTypes.ofStatus(status) + "\",\"title\":\"" + title
				+ "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}";
	}

}
