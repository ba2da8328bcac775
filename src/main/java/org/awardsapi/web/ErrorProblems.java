package org.awardsapi.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.catalina.Container;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors that never reached a controller, as problems too: the servlet container's error
 * page ({@code /error}, for a {@code sendError} such as Spring Security's firewall
 * refusing {@code /../} or an encoded {@code ;}), and Tomcat's own report of a request it
 * refused before the app ({@link ProblemReportValve}). In place of Spring Boot's
 * {@code BasicErrorController}, whose JSON is not a problem.
 */
@Hidden
@RestController
class ErrorProblems implements ErrorController {

	@RequestMapping("${server.error.path:${error.path:/error}}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		HttpStatus status = (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code)
				? HttpStatus.resolve(code) : HttpStatus.NOT_FOUND;
		if (refused(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
			status = HttpStatus.BAD_REQUEST;
		}
		if (status == null || status.value() < 400) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		ProblemDetail problem = ProblemTypes.problem(status, detail(status.value()));
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		try {
			problem.setInstance(URI.create((uri instanceof String path) ? path : request.getRequestURI()));
		}
		catch (IllegalArgumentException ex) {
			// not a URI reference: leave the instance out
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/**
	 * @param status a status
	 * @return what an error of the status says, revealing nothing
	 */
	static String detail(int status) {
		return switch (status) {
			case 404 -> "There is nothing at this URL.";
			case 400 -> "The request was refused: its URL or a header is malformed or not allowed.";
			default -> (status >= 500) ? "The server could not answer this request. It has been logged." : String
				.valueOf(HttpStatus.resolve(status) != null ? HttpStatus.resolve(status).getReasonPhrase() : "Error");
		};
	}

	/**
	 * @param exception what escaped to the container, if anything
	 * @return whether it is a request refused as malformed (a header or parameter the
	 * firewall refuses, a query string that cannot be decoded): a 400, not a 500
	 */
	private static boolean refused(Object exception) {
		for (Throwable cause = (exception instanceof Throwable t) ? t : null; cause != null; cause = cause.getCause()) {
			if (cause instanceof org.springframework.security.web.firewall.RequestRejectedException
					|| cause instanceof org.apache.tomcat.util.http.InvalidParameterException) {
				return true;
			}
		}
		return false;
	}

	@Bean
	static ProblemReportValveCustomizer problemReportValveCustomizer() {
		return new ProblemReportValveCustomizer();
	}

	/**
	 * Puts {@link ProblemReportValve} in place of the error report valves of Tomcat's
	 * host (its own, and the one Spring Boot adds): last, so after Spring Boot's
	 * customizer. Tomcat's connector speaks {@link Http09ResettingProtocol}, so that what
	 * Tomcat refuses is answered with a status line and headers after an HTTP/0.9 request
	 * too.
	 */
	static final class ProblemReportValveCustomizer
			implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.setProtocol(Http09ResettingProtocol.class.getName());
			factory.addContextCustomizers((context) -> {
				Container host = context.getParent();
				Pipeline pipeline = host.getPipeline();
				for (Valve valve : pipeline.getValves()) {
					if (valve instanceof ErrorReportValve) {
						pipeline.removeValve(valve);
					}
				}
				pipeline.addValve(new ProblemReportValve());
				if (host instanceof StandardHost standard) {
					standard.setErrorReportValveClass(ProblemReportValve.class.getName());
				}
			});
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
