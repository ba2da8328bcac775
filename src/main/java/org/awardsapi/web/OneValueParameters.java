package org.awardsapi.web;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a query parameter sent more than once where the endpoint takes one value
 * ({@code ?year=2024&year=2023}, {@code ?ceremony=oscars-97&ceremony=oscars-96}) with a
 * 400 naming each such parameter and the values sent. Left to Spring, a repeated value
 * was read as its first ({@code year}, {@code won}, {@code size}) or as the values joined
 * by a comma ({@code ceremony}, {@code q}: a slug or a search that matches nothing), and
 * answered a 200 that was not what was asked, with no word of it.
 * <p>
 * One value: a {@code @RequestParam} that is not a collection or an array, a component of
 * a {@link QueryParameters} record that is not a list, and {@code format}, which every
 * read takes ({@link Representation}). {@code sort} is a list: repeated, it sorts by each
 * in turn. Only reads ({@code GET}, {@code HEAD}) are checked: no write takes a query
 * parameter, and {@code OPTIONS} reads none.
 */
class OneValueParameters implements HandlerInterceptor {

	private final Map<Method, List<String>> names = new ConcurrentHashMap<>();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method)
				|| !(HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod()))) {
			return true;
		}
		Map<String, String> repeated = null;
		for (String name : this.names.computeIfAbsent(method.getMethod(), (m) -> oneValueNames(method))) {
			String[] values = request.getParameterValues(name);
			if (values != null && values.length > 1) {
				repeated = (repeated != null) ? repeated : new LinkedHashMap<>();
				repeated.put(name, "takes one value, not " + values.length + ": '" + String.join("', '", values) + "'");
			}
		}
		if (repeated != null) {
			throw new InvalidParameterException(repeated);
		}
		return true;
	}

	private static List<String> oneValueNames(HandlerMethod method) {
		List<String> names = new ArrayList<>();
		names.add(Representation.FORMAT);
		for (MethodParameter parameter : method.getMethodParameters()) {
			Class<?> type = parameter.getParameterType();
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null && !isMany(type)) {
				names.add(StringUtils.hasText(param.name()) ? param.name()
						: StringUtils.hasText(param.value()) ? param.value()
								: parameter.getExecutable().getParameters()[parameter.getParameterIndex()].getName());
			}
			if (type.isRecord() && type.isAnnotationPresent(QueryParameters.class)) {
				for (RecordComponent component : type.getRecordComponents()) {
					if (!isMany(component.getType())) {
						names.add(component.getName());
					}
				}
			}
		}
		return List.copyOf(names);
	}

	private static boolean isMany(Class<?> type) {
		return type.isArray() || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type);
	}

}
