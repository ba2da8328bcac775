package org.awardsapi.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a query parameter with a NUL character in its name or value (sent as
 * {@code %00}) with a 400 naming the parameter. No slug, id or search has one, and
 * PostgreSQL cannot even compare a text with one: without this, such a request reached
 * the database and failed there (found by {@code FuzzTest} on PostgreSQL).
 */
class NoNulInParameters implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (parameter.getKey().indexOf('\0') >= 0) {
				throw new InvalidParameterException(parameter.getKey().replace('\0', '?'),
						"a parameter name must not contain the NUL character (%00)");
			}
			for (String value : parameter.getValue()) {
				if (value.indexOf('\0') >= 0) {
					throw new InvalidParameterException(parameter.getKey(), "must not contain the NUL character (%00)");
				}
			}
		}
		return true;
	}

}
