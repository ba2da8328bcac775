package org.awardsapi.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * An answer in JSON is labelled {@code application/json}, whatever JSON-based type the
 * request's {@code Accept} named. Jackson's converter writes {@code application/json} and
 * every {@code application/*+json}, so Spring MVC labelled a film asked for with
 * {@code Accept: application/problem+json} (as some clients send for their errors) as a
 * problem, and one asked for as {@code application/merge-patch+json} as a patch. The body
 * is the same JSON; only a {@link ProblemDetail} is labelled
 * {@code application/problem+json}. No body, no label: {@link EmptyErrorProblems} gives
 * an error without one its problem. The API's controllers only: Actuator answers its own
 * {@code application/vnd.spring-boot.actuator.v3+json} to the monitors that ask for it.
 */
@ControllerAdvice(basePackages = "org.awardsapi")
class JsonLabel implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return JacksonJsonHttpMessageConverter.class.isAssignableFrom(converterType);
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
			Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (body != null && !(body instanceof ProblemDetail) && selectedContentType != null
				&& !selectedContentType.equalsTypeAndSubtype(MediaType.APPLICATION_JSON)) {
			response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
		}
		return body;
	}

}
