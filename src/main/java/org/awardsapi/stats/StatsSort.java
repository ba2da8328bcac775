package org.awardsapi.stats;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.awardsapi.web.InvalidParameterException;
import org.awardsapi.web.PageQuery;

import org.springframework.data.domain.Sort;

/**
 * The orders a statistics query accepts: each {@code sort} property mapped to the
 * expression it orders by (JPQL, or SQL for a query in plain SQL), the default order, and
 * a unique tie-break so that pages are stable.
 *
 * @param expressions the expression of each sort property, in the order they are listed
 * to users
 * @param defaultSort the order when none is asked for, and after any asked-for order
 * @param tieBreak the expressions of the last, unique order
 */
record StatsSort(Map<String, String> expressions, Sort defaultSort, String tieBreak) {

	/**
	 * @return the sort properties users may ask for, each mapped to itself, as
	 * {@link org.awardsapi.web.PageQuery#toPageable} takes them
	 */
	Map<String, String> allowed() {
		Map<String, String> allowed = new LinkedHashMap<>();
		this.expressions.keySet().forEach((property) -> allowed.put(property, property));
		return allowed;
	}

	/**
	 * @param sort the asked-for order, followed by the default one
	 * @return the {@code order by} clause
	 */
	String orderBy(Sort sort) {
		StringJoiner clause = new StringJoiner(", ", " order by ", "");
		Set<String> seen = new HashSet<>();
		for (Sort.Order order : sort.and(this.defaultSort)) {
			if (!seen.add(order.getProperty())) {
				continue;
			}
			String expression = this.expressions.get(order.getProperty());
			if (expression == null) {
				throw new InvalidParameterException("sort",
						PageQuery.cannotSortBy(order.getProperty(), this.expressions.keySet()));
			}
			clause.add(expression + (order.isAscending() ? " asc" : " desc") + " nulls last");
		}
		clause.add(this.tieBreak);
		return clause.toString();
	}

	static Map<String, String> ordered(String... propertyThenExpression) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < propertyThenExpression.length; i += 2) {
			map.put(propertyThenExpression[i], propertyThenExpression[i + 1]);
		}
		return map;
	}

}
