package org.awardsapi.web;

import java.net.URI;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The API's RFC 9457 problem types, {@code urn:awards-api:problem:…}, and the problems
 * made with them, for whoever answers: Spring MVC's handlers ({@link ApiProblems}), the
 * error controller, Tomcat's error valve and the security filters, which answer before
 * Spring MVC is reached.
 */
public final class ProblemTypes {

	/** The prefix of every problem type. */
	public static final String PREFIX = "urn:awards-api:problem:";

	private ProblemTypes() {
	}

	/**
	 * A problem of a type named for its status ({@link #ofStatus}), titled with the
	 * status's reason phrase, as Spring's own problems, the error controller's and
	 * Tomcat's error valve's of that status are: one title for each type, whoever answers
	 * (RFC 9457, section 3.1.3).
	 * @param status the status
	 * @param detail what went wrong with this request
	 * @return the problem
	 */
	public static ProblemDetail problem(HttpStatus status, String detail) {
		return problem(status, ofStatus(status.value()), status.getReasonPhrase(), detail);
	}

	/**
	 * A problem of one of the API's own types ({@code invalid-parameter}…).
	 * @param status the status
	 * @param type the end of the type, after {@link #PREFIX}
	 * @param title the type's title, the same at every use of the type
	 * @param detail what went wrong with this request
	 * @return the problem
	 */
	public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(PREFIX + type));
		problem.setTitle(title);
		return problem;
	}

	/**
	 * @param status a status
	 * @return the end of its problem type: {@code bad-request}, {@code not-found}…, and
	 * {@code internal-error} for a 500
	 */
	public static String ofStatus(int status) {
		if (status == 500) {
			return "internal-error";
		}
		HttpStatus known = HttpStatus.resolve(status);
		return (known != null) ? known.name().toLowerCase(Locale.ROOT).replace('_', '-') : String.valueOf(status);
	}

}
