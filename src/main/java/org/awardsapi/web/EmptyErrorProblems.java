package org.awardsapi.web;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The last net under every error: an answer of {@code 400} or more that leaves with no
 * body and no type at all (Actuator's {@code 404} for a health group that does not exist,
 * for one) gets its problem. Answers with a body, and errors sent to the container (which
 * {@link ErrorProblems} answers), are left alone.
 */
@Component
class EmptyErrorProblems extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Watched watched = new Watched(response);
		chain.doFilter(request, watched);
		int status = response.getStatus();
		if (status >= 400 && !watched.errorSent && !watched.bodyStarted && !response.isCommitted()
				&& response.getContentType() == null) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter().write(ProblemReportValve.json(status, ErrorProblems.detail(status)));
		}
	}

	/**
	 * The response, noting whether a body was started or an error sent.
	 */
	private static final class Watched extends HttpServletResponseWrapper {

		boolean errorSent;

		boolean bodyStarted;

		Watched(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void sendError(int sc) throws IOException {
			this.errorSent = true;
			super.sendError(sc);
		}

		@Override
		public void sendError(int sc, String msg) throws IOException {
			this.errorSent = true;
			super.sendError(sc, msg);
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			this.bodyStarted = true;
			return super.getOutputStream();
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			this.bodyStarted = true;
			return super.getWriter();
		}

	}

}
