package org.awardsapi.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A JPQL list query with optional conditions, read a page at a time: one statement for
 * the page, and one to count only when the page does not already tell the total. Sort
 * properties are JPQL paths (each endpoint maps its public sort names to them).
 */
public final class JpqlQuery {

	private final String from;

	private final List<String> conditions = new ArrayList<>();

	private final Map<String, Object> parameters = new LinkedHashMap<>();

	/**
	 * @param from the {@code from} clause with its joins, such as {@code from Film f}
	 */
	public JpqlQuery(String from) {
		this.from = " " + from.strip();
	}

	/**
	 * Adds a condition, and-ed with the others.
	 * @param condition the JPQL condition
	 * @param name its parameter's name, or {@code null} for none
	 * @param value the parameter's value
	 * @return this query
	 */
	public JpqlQuery and(String condition, String name, Object value) {
		this.conditions.add(condition);
		if (name != null) {
			this.parameters.put(name, value);
		}
		return this;
	}

	/**
	 * Adds a condition that the folded search text of the entity contains every word of a
	 * query, in any order: "baker sean" finds "Sean Baker". A word of
	 * {@link Slugs#MIN_INDEXED} letters or more is looked up in the entity's search
	 * suffixes ({@link Slugs#suffixes(String)}: a range of their index, then the rows by
	 * id); a shorter one is looked for in the whole search text of every row.
	 * <p>
	 * The range is written {@code suffix >= :word and suffix < :after}, not
	 * {@code suffix like 'word%'}: H2 parses and plans a statement with {@code like}
	 * again at every run (its plan depends on the pattern), and never answers it from the
	 * result of the same statement run before; the range costs a page of the search what
	 * any other list costs (docs/benchmarks.md, item 18). It is the same set of rows in
	 * the order of code points, which PostgreSQL is told to use for the suffixes
	 * ({@code V23__Search_suffixes_in_code_point_order}).
	 * @param entity the entity's name, such as {@code Person}; it has a field
	 * {@code searchText}, and its suffixes are the entity {@code PersonSuffix}
	 * ({@link SearchSuffix})
	 * @param alias the entity's alias in this query, such as {@code p}
	 * @param query what the user typed; {@code null} adds nothing
	 * @return this query
	 */
	public JpqlQuery matching(String entity, String alias, String query) {
		if (query == null) {
			return this;
		}
		if (Slugs.onlyUnfoldable(query)) {
			// words in letters no folded text holds: nothing matches (not everything,
			// as a query with no words at all)
			return and("1 = 0", null, null);
		}
		String[] words = Slugs.words(query);
		for (int i = 0; i < words.length; i++) {
			if (words[i].length() >= Slugs.MIN_INDEXED) {
				String indexed = Slugs.indexed(words[i]);
				and(alias + ".id in (select s.owner from " + entity + "Suffix s where s.suffix >= :word" + i
						+ " and s.suffix < :after" + i + ")", "word" + i, indexed);
				this.parameters.put("after" + i, Slugs.after(indexed));
				if (!indexed.equals(words[i])) {
					// the index holds its start: the whole word is looked for in the text
					and(alias + ".searchText like :whole" + i, "whole" + i, "%" + words[i] + "%");
				}
			}
			else {
				and(alias + ".searchText like :word" + i, "word" + i, "%" + words[i] + "%");
			}
		}
		return this;
	}

	/**
	 * Reads one page.
	 * @param <T> the row type
	 * @param em the entity manager
	 * @param select the select clause, such as {@code select new ...FilmRow(f.id, ...)}
	 * @param countOf what to count, such as {@code f}
	 * @param type the row type
	 * @param pageable the page, whose sort properties are JPQL paths
	 * @return the page
	 */
	public <T> Page<T> page(EntityManager em, String select, String countOf, Class<T> type, Pageable pageable) {
		TypedQuery<T> query = em.createQuery(select + this.from + where() + orderBy(pageable.getSort()), type);
		this.parameters.forEach(query::setParameter);
		List<T> rows = query.setFirstResult((int) pageable.getOffset())
			.setMaxResults(pageable.getPageSize())
			.getResultList();
		long total;
		if (pageable.getOffset() == 0 && rows.size() < pageable.getPageSize()) {
			total = rows.size();
		}
		else {
			TypedQuery<Long> count = em.createQuery("select count(" + countOf + ")" + this.from + where(), Long.class);
			this.parameters.forEach(count::setParameter);
			total = count.getSingleResult();
		}
		return new PageImpl<>(rows, pageable, total);
	}

	/**
	 * Reads the first rows, in one statement, never counting.
	 * @param <T> the row type
	 * @param em the entity manager
	 * @param select the select clause, such as {@code select new ...FilmRow(f.id, ...)}
	 * @param type the row type
	 * @param sort the order, whose properties are JPQL paths
	 * @param max how many rows at most
	 * @return the rows
	 */
	public <T> List<T> first(EntityManager em, String select, Class<T> type, Sort sort, int max) {
		TypedQuery<T> query = em.createQuery(select + this.from + where() + orderBy(sort), type);
		this.parameters.forEach(query::setParameter);
		return query.setMaxResults(max).getResultList();
	}

	private String where() {
		return this.conditions.isEmpty() ? "" : " where " + String.join(" and ", this.conditions);
	}

	private static String orderBy(Sort sort) {
		if (sort.isUnsorted()) {
			return "";
		}
		List<String> orders = new ArrayList<>();
		sort.forEach((order) -> orders.add(order.getProperty() + (order.isAscending() ? " asc" : " desc")));
		return " order by " + String.join(", ", orders);
	}

}
