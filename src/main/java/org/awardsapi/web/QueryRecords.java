package org.awardsapi.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.util.StringUtils;
import org.springframework.validation.annotation.ValidationAnnotationUtils;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.ServletModelAttributeMethodProcessor;

/**
 * Binds the {@link QueryParameters} records of the list endpoints ({@link PageQuery}, the
 * filters) straight from the query string when every value is plain, and otherwise lets
 * Spring MVC bind them as it binds any model attribute. Plain: each parameter at most
 * once and not empty, a whole number of up to nine digits for an {@code Integer},
 * {@code true} or {@code false} for a {@code Boolean}, no parameter name with an index, a
 * path or a field marker ({@code [}, {@code .}, a leading {@code _} or {@code !}), and
 * the record valid ({@code @Valid}). Anything else (a bad value above all) is bound by
 * Spring's {@link ServletModelAttributeMethodProcessor}, which answers it as it always
 * has: the same values, the same errors.
 * <p>
 * Why: Spring binds a record through a new {@code DataBinder} on every request, which
 * finds the constructor, resolves the parameter names and converts each value by
 * reflection: about a tenth of a list's time with the response cache off
 * (docs/benchmarks.md). {@code QueryRecordsTest} holds both to the same answers.
 */
final class QueryRecords implements HandlerMethodArgumentResolver {

	private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,9}");

	/** A value this class leaves to Spring. */
	private static final Object NOT_PLAIN = new Object();

	private final HandlerMethodArgumentResolver spring = new ServletModelAttributeMethodProcessor(true);

	private final Map<Class<?>, Binding> bindings = new ConcurrentHashMap<>();

	private final Validator validator;

	QueryRecords(Validator validator) {
		this.validator = validator;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		Class<?> type = parameter.getParameterType();
		return type.isRecord() && type.isAnnotationPresent(QueryParameters.class);
	}

	@Override
	public @Nullable Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) throws Exception {
		Object plain = plain(parameter, webRequest);
		return (plain != null) ? plain
				: this.spring.resolveArgument(parameter, mavContainer, webRequest, binderFactory);
	}

	/**
	 * The record bound from plain parameters, and valid.
	 * @return it, or {@code null} when Spring is to bind it
	 */
	@Nullable Object plain(MethodParameter parameter, NativeWebRequest request) {
		for (Iterator<String> names = request.getParameterNames(); names.hasNext();) {
			String name = names.next();
			if (name.startsWith("_") || name.startsWith("!") || name.indexOf('[') >= 0 || name.indexOf('.') >= 0) {
				return null;
			}
		}
		Object bound = this.bindings.computeIfAbsent(parameter.getParameterType(), Binding::of).bind(request);
		if (bound == null || (validated(parameter) && !this.validator.validate(bound).isEmpty())) {
			return null;
		}
		return bound;
	}

	private static boolean validated(MethodParameter parameter) {
		for (Annotation annotation : parameter.getParameterAnnotations()) {
			if (ValidationAnnotationUtils.determineValidationHints(annotation) != null) {
				return true;
			}
		}
		return false;
	}

	/**
	 * How one record is bound: its canonical constructor, and the name and kind of each
	 * component.
	 */
	private record Binding(Constructor<?> constructor, String[] names, Kind[] kinds) {

		static Binding of(Class<?> type) {
			RecordComponent[] components = type.getRecordComponents();
			Class<?>[] types = new Class<?>[components.length];
			String[] names = new String[components.length];
			Kind[] kinds = new Kind[components.length];
			for (int i = 0; i < components.length; i++) {
				types[i] = components[i].getType();
				names[i] = components[i].getName();
				kinds[i] = Kind.of(components[i]);
			}
			try {
				return new Binding(type.getDeclaredConstructor(types), names, kinds);
			}
			catch (NoSuchMethodException ex) {
				throw new IllegalStateException("A record without its canonical constructor: " + type, ex);
			}
		}

		@Nullable Object bind(NativeWebRequest request) {
			Object[] args = new Object[this.names.length];
			for (int i = 0; i < args.length; i++) {
				String[] values = request.getParameterValues(this.names[i]);
				Object value = (values != null) ? this.kinds[i].value(values) : null;
				if (value == NOT_PLAIN) {
					return null;
				}
				args[i] = value;
			}
			return BeanUtils.instantiateClass(this.constructor, args);
		}

	}

	/**
	 * The types a component may have, and their plain values.
	 */
	private enum Kind {

		STRING {
			@Override
			Object value(String[] values) {
				return (values.length == 1 && !values[0].isEmpty()) ? values[0] : NOT_PLAIN;
			}
		},

		INTEGER {
			@Override
			Object value(String[] values) {
				return (values.length == 1 && WHOLE_NUMBER.matcher(values[0]).matches()) ? Integer.valueOf(values[0])
						: NOT_PLAIN;
			}
		},

		BOOLEAN {
			@Override
			Object value(String[] values) {
				if (values.length == 1 && (values[0].equals("true") || values[0].equals("false"))) {
					return Boolean.valueOf(values[0]);
				}
				return NOT_PLAIN;
			}
		},

		/**
		 * As Spring converts: one value is a comma-separated list (trimmed), several are
		 * the list.
		 */
		STRING_LIST {
			@Override
			Object value(String[] values) {
				if (values.length > 1) {
					return List.of(values);
				}
				if (values[0].isEmpty()) {
					return NOT_PLAIN;
				}
				List<String> list = new ArrayList<>();
				for (String value : StringUtils.commaDelimitedListToStringArray(values[0])) {
					list.add(value.trim());
				}
				return list;
			}
		};

		abstract Object value(String[] values);

		static Kind of(RecordComponent component) {
			Class<?> type = component.getType();
			if (type == String.class) {
				return STRING;
			}
			if (type == Integer.class) {
				return INTEGER;
			}
			if (type == Boolean.class) {
				return BOOLEAN;
			}
			if (type == List.class && component.getGenericType() instanceof ParameterizedType list
					&& list.getActualTypeArguments()[0] == String.class) {
				return STRING_LIST;
			}
			throw new IllegalStateException("@QueryParameters takes String, Integer, Boolean and List<String>, not "
					+ component.getGenericType() + " " + component.getName() + " of "
					+ component.getDeclaringRecord().getName());
		}

	}

}
