package org.awardsapi.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import org.awardsapi.ApiIntegrationTest;
import org.awardsapi.nomination.NominationFilter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.ReflectionUtils;
import org.springframework.validation.BindException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ServletModelAttributeMethodProcessor;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link QueryRecords} binds what Spring MVC's own model attribute binding binds, to the
 * same values, and leaves every query Spring refuses to it: for each query string below,
 * both are asked for the paging and the filter of a nomination list (with the
 * application's conversion service and validator), and their answers compared: the same
 * record, or the same errors.
 */
@ApiIntegrationTest
class QueryRecordsTest {

	static final List<String> QUERIES = List.of("", "page=2", "size=50", "size=200", "page=3&size=1", "size=201",
			"size=0", "page=-1", "page=007", "page= 7", "page=+7", "page=0x10", "page=", "page=1&page=2",
			"page=99999999999", "page=999999999", "size=abc", "size=1e2", "sort=name", "sort=name,desc",
			"sort=name&sort=desc", "sort=name,desc&sort=year", "sort= name , desc ", "sort=a,,b", "sort=,", "sort=",
			"sort=a,b,c", "sort=&sort=name", "sort=name,", "sort[0]=name", "sort.x=name", "_size=5", "!size=5",
			"won=true", "won=false", "won=TRUE", "won=yes", "won=1", "won=maybe", "won=", "won=true&won=false",
			"ceremony=oscars-97", "ceremony=", "ceremony=a&ceremony=b", "ceremony= spaced ", "ceremony=a,b",
			"person=12", "award=oscars&category=best-picture&film=anora-2024&person=sean-baker&won=true&size=5",
			"foo=bar", "size=20&foo=bar&page=1", "ceremony=%C3%A9t%C3%A9");

	@Autowired
	@Qualifier("requestMappingHandlerAdapter")
	RequestMappingHandlerAdapter adapter;

	@Autowired
	Validator validator;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Test
	void bindsWhatSpringBindsAndLeavesToSpringWhatItRefuses() throws Exception {
		QueryRecords records = new QueryRecords(this.validator);
		ServletModelAttributeMethodProcessor spring = new ServletModelAttributeMethodProcessor(true);
		WebDataBinderFactory binders = new ServletRequestDataBinderFactory(null,
				this.adapter.getWebBindingInitializer());
		int refused = 0;
		for (String query : QUERIES) {
			for (MethodParameter parameter : parameters()) {
				String ours = outcome(
						() -> records.resolveArgument(parameter, new ModelAndViewContainer(), request(query), binders));
				String springs = outcome(
						() -> spring.resolveArgument(parameter, new ModelAndViewContainer(), request(query), binders));
				assertThat(ours).as("%s of ?%s", parameter.getParameterType().getSimpleName(), query)
					.isEqualTo(springs);
				refused += springs.startsWith("errors") ? 1 : 0;
			}
		}
		// the list holds queries of both kinds
		assertThat(refused).isBetween(1, QUERIES.size() - 1);
	}

	@Test
	void plainQueriesAreBoundWithoutSpring() throws Exception {
		QueryRecords records = new QueryRecords(this.validator);
		MethodParameter filter = parameters().get(0);
		MethodParameter page = parameters().get(1);
		NativeWebRequest request = request("ceremony=oscars-97&won=true&page=1&size=50&sort=name,desc");
		assertThat(records.plain(filter, request))
			.isEqualTo(new NominationFilter(null, "oscars-97", null, null, null, true));
		assertThat(records.plain(page, request)).isEqualTo(new PageQuery(1, 50, List.of("name", "desc")));
		assertThat(records.plain(page, request("size=201"))).isNull();
		assertThat(records.plain(filter, request("won=maybe"))).isNull();
	}

	@Test
	void everyQueryRecordOfAHandlerIsBoundByQueryRecords() {
		List<MethodParameter> records = this.mapping.getHandlerMethods()
			.values()
			.stream()
			.flatMap((handler) -> java.util.Arrays.stream(handler.getMethodParameters()))
			.filter((parameter) -> parameter.getParameterType().isAnnotationPresent(QueryParameters.class))
			.toList();
		assertThat(records).hasSizeGreaterThan(10);
		for (MethodParameter parameter : records) {
			// the first resolver that takes it is the one Spring MVC calls
			assertThat(Objects.requireNonNull(this.adapter.getArgumentResolvers())
				.stream()
				.filter((resolver) -> resolver.supportsParameter(parameter))
				.findFirst()).as("%s", parameter).containsInstanceOf(QueryRecords.class);
		}
	}

	/** The parameters of a nomination list's handler, as the controllers declare them. */
	private static List<MethodParameter> parameters() {
		Method handler = ReflectionUtils.findMethod(QueryRecordsTest.class, "handler", NominationFilter.class,
				PageQuery.class);
		return List.of(new MethodParameter(Objects.requireNonNull(handler), 0), new MethodParameter(handler, 1));
	}

	@SuppressWarnings("unused")
	private static void handler(NominationFilter filter, @Valid PageQuery page) {
	}

	private static NativeWebRequest request(String query) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/nominations");
		request.setQueryString(query);
		for (String pair : query.split("&")) {
			if (!pair.isEmpty()) {
				int equals = pair.indexOf('=');
				request.addParameter(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
			}
		}
		return new ServletWebRequest(request);
	}

	private static String decode(String text) {
		return java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

	/** A bound record as its text, or the field errors of a refusal. */
	private static String outcome(Binding binding) {
		try {
			return "bound " + binding.bind();
		}
		catch (BindException ex) {
			List<String> errors = new ArrayList<>();
			ex.getFieldErrors()
				.forEach((error) -> errors.add(error.getField() + " " + error.isBindingFailure() + " "
						+ error.getRejectedValue() + " " + error.getDefaultMessage()));
			return "errors " + errors;
		}
		catch (Exception ex) {
			return "failed " + ex;
		}
	}

	@FunctionalInterface
	private interface Binding {

		Object bind() throws Exception;

	}

}
