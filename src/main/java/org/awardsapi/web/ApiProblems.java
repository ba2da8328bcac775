package org.awardsapi.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import static org.awardsapi.web.ProblemTypes.problem;

/**
 * Every error as an RFC 9457 problem ({@code application/problem+json}) with a stable
 * {@code type}. A bad parameter is named in {@code parameter} and, with every other bad
 * one, in {@code errors}. No class names, stack traces or SQL ever reach a response.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

	/** How long a client is asked to wait after a 503 for a lock not granted. */
	static final int BUSY_RETRY_AFTER_SECONDS = 10;

	/** The order of the methods an {@code Allow} names. */
	private static final List<HttpMethod> ALLOW_ORDER = List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST,
			HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.OPTIONS);

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]+");

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(InvalidParameterException.class)
	ProblemDetail invalidParameter(InvalidParameterException ex) {
		return invalid(ex.getErrors()
			.entrySet()
			.stream()
			.map((error) -> new ParameterError(error.getKey(), error.getValue()))
			.toList());
	}

	@ExceptionHandler(InvalidBodyException.class)
	ProblemDetail invalidBody(InvalidBodyException ex) {
		return invalidBody(ex.getErrors());
	}

	@ExceptionHandler(PreconditionException.class)
	ResponseEntity<ProblemDetail> precondition(PreconditionException ex) {
		boolean missing = ex.getStatus() == HttpStatus.PRECONDITION_REQUIRED;
		ProblemDetail problem = problem(ex.getStatus(), missing ? "if-match-required" : "stale-if-match",
				missing ? "If-Match required" : "Changed since you read it", ex.getMessage());
		return ResponseEntity.status(ex.getStatus()).body(problem);
	}

	@ExceptionHandler(org.springframework.orm.ObjectOptimisticLockingFailureException.class)
	ProblemDetail concurrentChange(Exception ex) {
		return problem(HttpStatus.PRECONDITION_FAILED, "stale-if-match", "Changed since you read it",
				"Someone else changed it while your change was being written: GET it again and reapply your change");
	}

	/**
	 * A lock the request waited for longer than the database allows (H2's
	 * {@code LOCK_TIMEOUT}, 60 s by default here; PostgreSQL's {@code lock_timeout}):
	 * nothing was written, and the same request is likely to pass once the long write
	 * ahead of it (an import) is done. A 503 with {@code Retry-After}, not a 500.
	 */
	@ExceptionHandler(org.springframework.dao.PessimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> busy(Exception ex) {
		log.warn("A lock was not granted in time: {}", ex.getClass().getSimpleName());
		ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "busy", "Busy",
				"Another write (an import, perhaps) held what this request needed for too long; nothing was changed."
						+ " Try again in a little while.");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(BUSY_RETRY_AFTER_SECONDS))
			.body(problem);
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, ex.getMessage());
		if (!ex.getReferences().isEmpty()) {
			problem.setProperty("references", ex.getReferences());
		}
		if (!ex.getErrors().isEmpty()) {
			problem.setProperty("errors", ex.getErrors());
		}
		return problem;
	}

	/**
	 * A query string Tomcat cannot decode (a malformed %-escape, bytes that are not
	 * UTF-8), found when the parameters are first read: the client's error, not ours.
	 */
	@ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
	ProblemDetail undecodableQuery(Exception ex) {
		return problem(HttpStatus.BAD_REQUEST, "unreadable-query", "Unreadable query string",
				"The query string cannot be decoded: it has a malformed %-escape or bytes that are not UTF-8");
	}

	/**
	 * A header value (or parameter) Spring Security's firewall refuses, found when it is
	 * first read ({@code security.WebSecurity} checks headers before any of this runs).
	 */
	@ExceptionHandler(org.springframework.security.web.firewall.RequestRejectedException.class)
	ProblemDetail rejected(Exception ex) {
		return problem(HttpStatus.BAD_REQUEST,
				"The request was refused: its URL, a header or a parameter is malformed or not allowed.");
	}

	/**
	 * A multipart body that cannot be parsed (no boundary, cut short), or one over the
	 * import limit.
	 */
	@ExceptionHandler(MultipartException.class)
	ProblemDetail unreadableMultipart(MultipartException ex) {
		if (ex instanceof MaxUploadSizeExceededException) {
			return problem(HttpStatus.CONTENT_TOO_LARGE, "The multipart body is over the import limit.");
		}
		return problem(HttpStatus.BAD_REQUEST, "unreadable-body", "Unreadable request body",
				"The multipart body cannot be read: it has no boundary, or it is cut short or malformed");
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex, WebRequest request) {
		log.error("Unexpected error on {}", request.getDescription(false), ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR,
				"The server could not answer this request. It has been logged.");
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class)) {
			return ResponseEntity.badRequest()
				.headers(headers)
				.body(invalidBody(bindingErrors(ex).stream()
					.map((e) -> new InvalidBodyException.FieldError(e.parameter(), e.message()))
					.toList()));
		}
		return badRequest(bindingErrors(ex), headers);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(
			org.springframework.http.converter.HttpMessageNotReadableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (ex.getCause() instanceof tools.jackson.core.JacksonException jackson) {
			InvalidBodyException.FieldError error = BodyFieldErrors.of(jackson);
			if (error != null) {
				return ResponseEntity.badRequest().headers(headers).body(invalidBody(List.of(error)));
			}
		}
		ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "unreadable-body", "Unreadable request body",
				"The request body is not the JSON this resource takes: it is malformed, cut short, "
						+ "or not a JSON object");
		return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
	}

	private static ProblemDetail invalidBody(List<InvalidBodyException.FieldError> errors) {
		List<InvalidBodyException.FieldError> sorted = errors.stream()
			.sorted(Comparator.comparing(InvalidBodyException.FieldError::field, ApiProblems::comparePaths))
			.toList();
		// A field's path, then what is wrong with it ("year must be …"); the body as
		// a whole has no path
		String detail = String.join("; ",
				sorted.stream().map((e) -> e.field().isEmpty() ? e.message() : e.field() + " " + e.message()).toList());
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-body", "Invalid request body", detail);
		problem.setProperty("errors", sorted);
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<ParameterError> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach((result) -> {
			String name = result.getMethodParameter().getParameterName();
			for (MessageSourceResolvable error : result.getResolvableErrors()) {
				if (error instanceof FieldError fieldError) {
					errors.add(new ParameterError(fieldError.getField(), fieldError.getDefaultMessage()));
				}
				else {
					errors.add(new ParameterError(name, error.getDefaultMessage()));
				}
			}
		});
		return badRequest(errors, headers);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: ex.getPropertyName();
		return badRequest(List.of(new ParameterError(name, typeMessage(ex))), headers);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return badRequest(List.of(new ParameterError(ex.getParameterName(), "is required")), headers);
	}

	/**
	 * A method the resource does not take ({@code PATCH} on a list, {@code TRACE}
	 * anywhere: {@link TraceRequests}). Its {@code Allow} names what {@code OPTIONS} on
	 * the same URL names (RFC 9110, section 15.5.6: the resource's methods): Spring's
	 * exception holds only the methods of its handlers, without the {@code HEAD} every
	 * {@code GET} answers and the {@code OPTIONS} every resource does.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Set<HttpMethod> supported = ex.getSupportedHttpMethods();
		if (supported == null) {
			return super.handleHttpRequestMethodNotSupported(ex, headers, status, request);
		}
		Set<HttpMethod> allowed = new LinkedHashSet<>();
		for (HttpMethod method : ALLOW_ORDER) {
			if (supported.contains(method) || method.equals(HttpMethod.OPTIONS)
					|| (method.equals(HttpMethod.HEAD) && supported.contains(HttpMethod.GET))) {
				allowed.add(method);
			}
		}
		HttpHeaders answer = new HttpHeaders();
		answer.putAll(headers);
		answer.setAllow(allowed);
		List<String> names = allowed.stream().map(HttpMethod::name).toList();
		ProblemDetail body = problem(HttpStatus.METHOD_NOT_ALLOWED, uriOr(request, "This resource") + " does not take "
				+ ex.getMethod() + "; it takes " + inWords(names) + ".");
		return handleExceptionInternal(ex, body, answer, status, request);
	}

	/**
	 * @param request a request
	 * @param otherwise what to answer for a request that is not a servlet's
	 * @return the request's URI as sent (its path, without the query)
	 */
	private static String uriOr(WebRequest request, String otherwise) {
		return (request instanceof ServletWebRequest servlet) ? servlet.getRequest().getRequestURI() : otherwise;
	}

	/**
	 * @param names one name or more
	 * @return {@code A}, {@code A and B}, {@code A, B and C}…
	 */
	private static String inWords(List<String> names) {
		int last = names.size() - 1;
		return (last == 0) ? names.get(0) : String.join(", ", names.subList(0, last)) + " and " + names.get(last);
	}

	/**
	 * A URL no endpoint answers. Spring's own detail speaks of a "static resource"; this
	 * one names the URL, and for a URL ending in a slash the same URL without it, which
	 * is how this API's URLs are written (the two are not the same resource).
	 */
	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String path = uriOr(request, "/" + ex.getResourcePath());
		int end = path.length();
		while (end > 0 && path.charAt(end - 1) == '/') {
			end--;
		}
		String bare = path.substring(0, end);
		String detail = "No resource at " + path
				+ ((!bare.isEmpty() && !bare.equals(path)) ? "; this API's URLs end without a slash: " + bare : "");
		return handleExceptionInternal(ex, problem(HttpStatus.NOT_FOUND, detail), headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<MediaType> answers = new ArrayList<>(ex.getSupportedMediaTypes());
		if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE,
				RequestAttributes.SCOPE_REQUEST) instanceof HandlerMethod handler && CsvHandlerAdapter.isList(handler)
				&& !answers.contains(Representation.TEXT_CSV)) {
			// every list answers CSV too (CsvHandlerAdapter), unknown to Spring
			answers.add(Representation.TEXT_CSV);
		}
		ProblemDetail body = problem(HttpStatus.NOT_ACCEPTABLE, "This resource answers " + mediaTypesInWords(answers));
		// Spring adds Accept, naming what it could write; but in a response, Accept names
		// what a request's body may be (RFC 9110, 12.5.1, for a 415). The detail says it
		HttpHeaders answer = new HttpHeaders();
		answer.putAll(headers);
		answer.remove(HttpHeaders.ACCEPT);
		return handleExceptionInternal(ex, body, answer, status, request);
	}

	/**
	 * @param types media types
	 * @return them in words ({@code application/json or text/csv}), leaving out ranges
	 * such as {@code application/*+json}
	 */
	private static String mediaTypesInWords(List<MediaType> types) {
		List<String> named = types.stream()
			.filter((type) -> !type.isWildcardSubtype())
			.map((type) -> type.getType() + "/" + type.getSubtype())
			.distinct()
			.toList();
		return named.isEmpty() ? "another media type" : String.join(" or ", named);
	}

	/**
	 * A body of a media type the resource does not read: the detail names what it reads,
	 * as the {@code Accept} header Spring MVC sends with it does (Spring's own detail
	 * said {@code Content-Type 'null' is not supported} of a body sent without one).
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String header = request.getHeader(HttpHeaders.CONTENT_TYPE);
		String sent = (ex.getContentType() != null) ? "it was sent as " + ex.getContentType().toString()
				: (header != null && !header.isBlank()) ? "it was sent as '" + StringUtils.truncate(header.strip(), 100)
						+ "', which is not a media type" : "it was sent without a Content-Type";
		ProblemDetail body = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				"The request body must be " + mediaTypesInWords(ex.getSupportedMediaTypes()) + "; " + sent);
		return handleExceptionInternal(ex, body, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body == null && ex instanceof ErrorResponse errorResponse) {
			// Spring's own exceptions (404 of a static resource, 405, 415…) carry their
			// problem, which super would take without a type
			body = errorResponse.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
		}
		if (body instanceof ProblemDetail problem) {
			if (problem.getType() == null || URI.create("about:blank").equals(problem.getType())) {
				problem.setType(URI.create(ProblemTypes.PREFIX + ProblemTypes.ofStatus(statusCode.value())));
			}
			if (request instanceof ServletWebRequest servlet && problem.getInstance() == null) {
				try {
					problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
				}
				catch (IllegalArgumentException notAUri) {
					// leave the instance out
				}
			}
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	private ResponseEntity<Object> badRequest(List<ParameterError> errors, HttpHeaders headers) {
		return ResponseEntity.badRequest().headers(headers).body(invalid(errors));
	}

	/**
	 * Orders a body's field paths as a reader would: an index as a number
	 * ({@code films[2]} before {@code films[10]}), the rest as text.
	 * @param a a path
	 * @param b another
	 * @return their order
	 */
	static int comparePaths(String a, String b) {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			if (isDigit(a.charAt(i)) && isDigit(b.charAt(j))) {
				int endA = digitsEnd(a, i);
				int endB = digitsEnd(b, j);
				// indexes are written without leading zeros: the longer is the larger
				int order = (endA - i != endB - j) ? Integer.compare(endA - i, endB - j)
						: a.substring(i, endA).compareTo(b.substring(j, endB));
				if (order != 0) {
					return order;
				}
				i = endA;
				j = endB;
			}
			else if (a.charAt(i) != b.charAt(j)) {
				return Character.compare(a.charAt(i), b.charAt(j));
			}
			else {
				i++;
				j++;
			}
		}
		return Integer.compare(a.length() - i, b.length() - j);
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static int digitsEnd(String s, int from) {
		int end = from;
		while (end < s.length() && isDigit(s.charAt(end))) {
			end++;
		}
		return end;
	}

	private static ProblemDetail invalid(List<ParameterError> errors) {
		List<ParameterError> sorted = errors.stream().sorted(Comparator.comparing(ParameterError::parameter)).toList();
		String detail = String.join("; ", sorted.stream().map((e) -> e.parameter() + " " + e.message()).toList());
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", detail);
		if (!sorted.isEmpty()) {
			problem.setProperty("parameter", sorted.get(0).parameter());
		}
		problem.setProperty("errors", sorted);
		return problem;
	}

	private static List<ParameterError> bindingErrors(BindException ex) {
		List<ParameterError> errors = new ArrayList<>();
		for (FieldError error : ex.getFieldErrors()) {
			String message = !error.isBindingFailure() ? error.getDefaultMessage()
					: error.contains(TypeMismatchException.class)
							? typeMessage(error.unwrap(TypeMismatchException.class))
							: "has an invalid value '" + error.getRejectedValue() + "'";
			errors.add(new ParameterError(error.getField(), message));
		}
		ex.getGlobalErrors()
			.forEach((error) -> errors.add(new ParameterError(error.getObjectName(), error.getDefaultMessage())));
		return errors;
	}

	private static String typeMessage(TypeMismatchException ex) {
		Class<?> type = ex.getRequiredType();
		String expected = BodyFieldErrors.expected(type);
		Object value = ex.getValue();
		// a parameter sent twice is bound from both values: name them, not the array
		// (every read refuses a repeat before this: OneValueParameters)
		String sent = (value instanceof Object[] values)
				? String.join(",", java.util.Arrays.stream(values).map(String::valueOf).toList())
				: String.valueOf(value);
		if (WHOLE_NUMBER.matcher(sent).matches() && (type == Integer.class || type == int.class)) {
			// a whole number after all, but too large for the parameter's type (its own
			// bounds, such as a page from 0, are checked once it is one)
			expected = BodyFieldErrors.wholeNumberWithin(type, sent.startsWith("-"));
		}
		return "must be " + expected + ", not '" + sent + "'";
	}

	/**
	 * One bad parameter.
	 *
	 * @param parameter its name as sent
	 * @param message what is wrong with it
	 */
	record ParameterError(String parameter, String message) {
	}

}
