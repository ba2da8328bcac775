package org.awardsapi.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

/**
 * What the response cache asks before it answers a request from memory. The cache runs
 * ahead of the security filters, so the gate stands in for them: it admits a request they
 * would pass to the same answer, and charges its client what they would. A request it
 * does not admit goes through every filter, as a request that finds nothing held does.
 */
public interface HeldAnswerGate {

	/** Admits nothing: every request goes through every filter. */
	HeldAnswerGate CLOSED = (request, response) -> null;

	/**
	 * @param request a {@code GET} or {@code HEAD} whose answer is held
	 * @param response its response, for the headers the filters would set
	 * @return the admission, to settle once answered; {@code null} to send the request
	 * through every filter
	 */
	@Nullable Admission admit(HttpServletRequest request, HttpServletResponse response);

	/**
	 * A request admitted, to be told how it was answered.
	 */
	interface Admission {

		/**
		 * @param status the status of the held answer ({@code 200} or {@code 304})
		 */
		void answered(int status);

	}

}
