package org.awardsapi.web;

import java.util.List;

/**
 * Every row of a list, to be written as CSV page by page as the rows are read.
 *
 * @param name what the list is, for the file name ({@code wins-by-person})
 * @param columns the columns of its rows
 * @param pages reads the page of a number (from 0)
 */
record CsvTable(String name, CsvColumns columns, Pages pages) {

	/**
	 * Reads one page of the list.
	 */
	@FunctionalInterface
	interface Pages {

		/**
		 * @param number the page number, from 0
		 * @return the page
		 * @throws Exception as the handler method may
		 */
		PageResponse<?> read(int number) throws Exception;

	}

	/**
	 * @param page a page
	 * @return whether it is the last
	 */
	static boolean isLast(PageResponse<?> page) {
		List<?> content = page.content();
		return content.isEmpty() || page.page().number() + 1 >= page.page().totalPages();
	}

}
