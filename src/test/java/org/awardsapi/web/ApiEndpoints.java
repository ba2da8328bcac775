package org.awardsapi.web;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every GET endpoint under {@code /api}, as the handler mappings have them, with a URI to
 * call each with sample path variables (but the security tests' own {@code /api/test-…}
 * routes).
 *
 * @param pattern the path pattern, such as {@code /api/films/{id}}
 * @param handler the handler method
 */
record ApiEndpoints(String pattern, HandlerMethod handler) {

	/** A known {@code {id}} for each collection. */
	private static final Map<String, String> SAMPLE_IDS = Map.ofEntries(Map.entry("/api/awards/", "oscars"),
			Map.entry("/api/ceremonies/", "oscars-97"), Map.entry("/api/films/", "anora-2024"),
			Map.entry("/api/people/", "sean-baker"), Map.entry("/api/sources/", "academy-97th-academy-awards"),
			Map.entry("/api/categories/", "best-picture"), Map.entry("/api/companies/", "neon"),
			Map.entry("/api/credits/", "1"), Map.entry("/api/nominations/", "1"), Map.entry("/api/presentations/", "1"),
			Map.entry("/api/quotes/", "1"));

	static List<ApiEndpoints> of(RequestMappingHandlerMapping mapping) {
		List<ApiEndpoints> endpoints = new ArrayList<>();
		mapping.getHandlerMethods().forEach((info, handler) -> {
			if (isGet(info)) {
				info.getPatternValues()
					.stream()
					.filter((pattern) -> pattern.startsWith("/api/") && !pattern.startsWith("/api/test-"))
					.forEach((pattern) -> endpoints.add(new ApiEndpoints(pattern, handler)));
			}
		});
		endpoints.sort(Comparator.comparing(ApiEndpoints::pattern));
		return endpoints;
	}

	private static boolean isGet(RequestMappingInfo info) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		return methods.isEmpty() || methods.contains(RequestMethod.GET);
	}

	/**
	 * @return whether it answers a page of a list
	 */
	boolean isList() {
		return CsvHandlerAdapter.isList(this.handler);
	}

	/**
	 * @return whether its path has an {@code {id}}
	 */
	boolean hasId() {
		return this.pattern.contains("{id}");
	}

	/**
	 * @return the URI with a known {@code {id}}
	 */
	String uri() {
		return uri(SAMPLE_IDS.entrySet()
			.stream()
			.filter((sample) -> this.pattern.startsWith(sample.getKey()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse("unknown"));
	}

	/**
	 * @param id the {@code {id}}
	 * @return the URI with it
	 */
	String uri(String id) {
		return this.pattern.replace("{id}", id);
	}

	/**
	 * @return the query parameters the handler binds: its {@code @RequestParam}s and the
	 * components of the records it binds from the query ({@link PageQuery}, filters)
	 */
	Set<String> queryParameters() {
		Set<String> names = new LinkedHashSet<>();
		for (MethodParameter parameter : this.handler.getMethodParameters()) {
			parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
			RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
			if (parameter.hasParameterAnnotation(PathVariable.class)) {
				continue;
			}
			if (requestParam != null) {
				names.add(requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name());
			}
			else if (parameter.getParameterType().isRecord()) {
				for (RecordComponent component : parameter.getParameterType().getRecordComponents()) {
					names.add(component.getName());
				}
			}
		}
		return names;
	}

	@Override
	public String toString() {
		return "GET " + this.pattern;
	}

}
