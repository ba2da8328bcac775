package org.awardsapi.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.core.ResolvableType;

/**
 * The columns of a CSV of rows of one record type, flattened from its components: a value
 * is a column ({@code wins}); a nested record gives a column per value inside it
 * ({@code person.slug}, {@code person.name}); a list gives a column per value of its
 * elements, the elements joined with {@code "; "} (a list inside a list with
 * {@code ", "}). The columns come from the type, not the data, so every CSV of a list has
 * the same header, even when empty.
 */
final class CsvColumns {

	private static final int MAX_DEPTH = 6;

	private final List<Column> columns;

	private CsvColumns(List<Column> columns) {
		this.columns = columns;
	}

	/**
	 * @param rowType the type of the rows
	 * @return its columns
	 */
	static CsvColumns of(Class<?> rowType) {
		List<Column> columns = new ArrayList<>();
		if (rowType.isRecord()) {
			collect(rowType, "", new ArrayList<>(), columns, 0);
		}
		else {
			columns.add(new Column("value", List.of()));
		}
		return new CsvColumns(List.copyOf(columns));
	}

	/**
	 * @return the header: each column's name
	 */
	List<String> names() {
		return this.columns.stream().map(Column::name).toList();
	}

	/**
	 * @param row a row
	 * @return its values, one per column, as text ({@code ""} for null)
	 */
	List<String> values(Object row) {
		return this.columns.stream().map((column) -> text(value(row, column.path(), 0, 0))).toList();
	}

	private static void collect(Class<?> type, String prefix, List<Method> path, List<Column> columns, int depth) {
		for (RecordComponent component : type.getRecordComponents()) {
			Method accessor = component.getAccessor();
			// Rows may be package-private records of their feature
			accessor.setAccessible(true);
			List<Method> componentPath = new ArrayList<>(path);
			componentPath.add(accessor);
			Class<?> valueType = component.getType();
			if (Collection.class.isAssignableFrom(valueType)) {
				Class<?> element = ResolvableType.forType(component.getGenericType()).asCollection().resolveGeneric(0);
				valueType = (element != null) ? element : Object.class;
			}
			String name = prefix + component.getName();
			if (valueType.isRecord() && depth < MAX_DEPTH) {
				collect(valueType, name + ".", componentPath, columns, depth + 1);
			}
			else {
				columns.add(new Column(name, List.copyOf(componentPath)));
			}
		}
	}

	/**
	 * Follows the path from {@code current}; at a list, renders each element's value and
	 * joins them.
	 */
	private static Object value(Object current, List<Method> path, int index, int lists) {
		if (current == null || index == path.size()) {
			return current;
		}
		Object next = read(current, path.get(index));
		if (next instanceof Collection<?> elements) {
			return elements.stream()
				.map((element) -> text(value(element, path, index + 1, lists + 1)))
				.collect(Collectors.joining((lists == 0) ? "; " : ", "));
		}
		return value(next, path, index + 1, lists);
	}

	private static Object read(Object record, Method accessor) {
		try {
			return accessor.invoke(record);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("Cannot read " + accessor.getName() + " of a CSV row", ex);
		}
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		return value.toString();
	}

	private record Column(String name, List<Method> path) {
	}

}
