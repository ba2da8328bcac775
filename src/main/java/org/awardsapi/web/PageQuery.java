package org.awardsapi.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The paging parameters of a list endpoint: {@code page} (from 0), {@code size} (default
 * 20, at most 200) and {@code sort} ({@code property} or {@code property,asc|desc}, among
 * the properties each endpoint allows). Bound from the query string and validated, so a
 * bad value answers a 400 problem naming the parameter.
 *
 * @param page the page number, from 0
 * @param size the page size, 1 to 200
 * @param sort sort orders, such as {@code name,desc}
 */
@QueryParameters
public record PageQuery(@Min(value = 0, message = "must be 0 or more") Integer page, @Min(value = 1,
		message = "must be at least 1") @Max(value = MAX_SIZE, message = "must be at most " + MAX_SIZE) Integer size,
		List<String> sort) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 200;

	public static PageQuery first(int size) {
		return new PageQuery(0, size, null);
	}

	/**
	 * The Spring Data page request for this query.
	 * @param allowed the sort properties the endpoint accepts, mapped to the properties
	 * of its query
	 * @param defaultSort the order when none is asked for; also the tie-break after any
	 * asked-for order so that pages are stable
	 * @return the page request
	 * @throws InvalidParameterException for a sort property the endpoint does not accept
	 */
	public Pageable toPageable(Map<String, String> allowed, Sort defaultSort) {
		int number = (this.page != null) ? this.page : 0;
		int pageSize = (this.size != null) ? this.size : DEFAULT_SIZE;
		if ((long) number * pageSize > Integer.MAX_VALUE) {
			// the first row of the page would be past any list (and overflow the offset)
			throw new InvalidParameterException("page", "is past the last page of any list: " + number);
		}
		return PageRequest.of(number, pageSize, sort(allowed).and(defaultSort));
	}

	private Sort sort(Map<String, String> allowed) {
		if (this.sort == null || this.sort.isEmpty()) {
			return Sort.unsorted();
		}
		List<Sort.Order> orders = new ArrayList<>();
		for (String value : joinDirections(this.sort)) {
			String[] parts = value.split(",");
			if (parts.length == 0 || parts[0].isBlank()) {
				throw new InvalidParameterException("sort",
						"expected property or property,asc|desc, not '" + value + "'");
			}
			String property = parts[0].trim();
			String target = allowed.get(property);
			if (target == null) {
				throw new InvalidParameterException("sort", cannotSortBy(property, allowed.keySet()));
			}
			Sort.Direction direction = Sort.Direction.ASC;
			if (parts.length > 1) {
				String dir = parts[1].trim().toLowerCase(Locale.ROOT);
				if (!dir.equals("asc") && !dir.equals("desc")) {
					throw new InvalidParameterException("sort",
							"direction must be asc or desc, not '" + parts[1] + "'");
				}
				direction = Sort.Direction.fromString(dir);
			}
			if (parts.length > 2) {
				throw new InvalidParameterException("sort",
						"expected property or property,asc|desc, not '" + value + "'");
			}
			orders.add(new Sort.Order(direction, target));
		}
		return Sort.by(orders);
	}

	/**
	 * @param property a property asked for that is not allowed
	 * @param allowed the properties allowed
	 * @return what the 400 says of it; a direction other than asc or desc is taken for a
	 * property ({@code sort=title,up} arrives as {@code [title, up]}), so it says what a
	 * direction is too
	 */
	public static String cannotSortBy(String property, java.util.Collection<String> allowed) {
		// in alphabetical order: the endpoints' maps have none of their own (Map.of)
		return "cannot sort by '" + property + "'; allowed: " + String.join(", ", allowed.stream().sorted().toList())
				+ "; each may be followed by ,asc or ,desc";
	}

	/**
	 * Puts each direction back with its property: a single {@code sort=name,desc} is
	 * bound as the list {@code [name, desc]}.
	 */
	private static List<String> joinDirections(List<String> values) {
		List<String> joined = new ArrayList<>();
		for (String value : values) {
			if (value == null || value.isBlank()) {
				continue;
			}
			String trimmed = value.trim();
			int last = joined.size() - 1;
			boolean direction = trimmed.equalsIgnoreCase("asc") || trimmed.equalsIgnoreCase("desc");
			if (direction && last >= 0 && !joined.get(last).contains(",")) {
				joined.set(last, joined.get(last) + "," + trimmed);
			}
			else {
				joined.add(trimmed);
			}
		}
		return joined;
	}

}
