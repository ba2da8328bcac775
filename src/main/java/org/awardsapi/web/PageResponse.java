package org.awardsapi.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * A page of a list, as every list endpoint answers it: {@code {"content": [...], "page":
 * {"size", "number", "totalElements", "totalPages"}}}.
 *
 * @param <T> the type of the rows
 * @param content the rows of this page
 * @param page where this page stands in the whole list
 */
public record PageResponse<T>(List<T> content, PageMetadata page) {

	public static <T> PageResponse<T> of(Page<T> page) {
		return new PageResponse<>(page.getContent(),
				new PageMetadata(page.getSize(), page.getNumber(), page.getTotalElements(), page.getTotalPages()));
	}

	public <R> PageResponse<R> map(Function<? super T, ? extends R> mapper) {
		return new PageResponse<>(this.content.stream().<R>map(mapper).toList(), this.page);
	}

	/**
	 * The position of a page.
	 *
	 * @param size the requested page size
	 * @param number the page number, from 0
	 * @param totalElements the number of rows in the whole list
	 * @param totalPages the number of pages
	 */
	public record PageMetadata(int size, int number, long totalElements, int totalPages) {
	}

}
