package org.awardsapi.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.ResolvableType;
import org.springframework.http.ContentDisposition;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod;

/**
 * Answers CSV for every list endpoint, with no code in any of them. A handler method that
 * returns a {@link PageResponse} is, when the request asks for CSV
 * ({@link Representation}), invoked with its arguments as bound and validated, except its
 * {@link PageQuery}: it is run again for page 0, 1, 2… of {@value PageQuery#MAX_SIZE}
 * rows in the order asked for, while the rows are written, until the last page. So the
 * CSV has the same filters and order as the JSON and every row of the query, never held
 * whole in memory.
 */
class CsvHandlerAdapter extends RequestMappingHandlerAdapter {

	@Override
	protected ServletInvocableHandlerMethod createInvocableHandlerMethod(HandlerMethod handlerMethod) {
		return new CsvInvocableHandlerMethod(handlerMethod);
	}

	/**
	 * @param handlerMethod a handler method
	 * @return whether it answers a list
	 */
	static boolean isList(HandlerMethod handlerMethod) {
		return PageResponse.class.isAssignableFrom(handlerMethod.getMethod().getReturnType());
	}

	/**
	 * One invocation of a handler method (one is made per request).
	 */
	private static final class CsvInvocableHandlerMethod extends ServletInvocableHandlerMethod {

		private HttpServletRequest request;

		CsvInvocableHandlerMethod(HandlerMethod handlerMethod) {
			super(handlerMethod);
		}

		@Override
		public void invokeAndHandle(ServletWebRequest webRequest, ModelAndViewContainer mavContainer,
				Object... providedArgs) throws Exception {
			this.request = webRequest.getRequest();
			super.invokeAndHandle(webRequest, mavContainer, providedArgs);
		}

		/**
		 * Invoked with the arguments once bound and validated; answers a {@link CsvTable}
		 * in place of the first page when CSV is asked for.
		 */
		@Override
		protected Object doInvoke(Object... args) throws Exception {
			if (this.request == null || !isList(this) || Representation.of(this.request) != Representation.CSV) {
				return super.doInvoke(args);
			}
			int pageArgument = pageArgument(args);
			PageQuery asked = (pageArgument >= 0) ? (PageQuery) args[pageArgument] : null;
			Class<?> rowType = ResolvableType.forMethodReturnType(getMethod()).as(PageResponse.class).resolveGeneric(0);
			String name = name(this.request.getRequestURI());
			CsvTable.Pages pages = (number) -> {
				if (pageArgument < 0) {
					return (PageResponse<?>) super.doInvoke(args);
				}
				Object[] page = args.clone();
				page[pageArgument] = new PageQuery(number, PageQuery.MAX_SIZE, asked.sort());
				return (PageResponse<?>) super.doInvoke(page);
			};
			// The first page now, so that what the handler refuses (a 404 of the resource
			// the list is of) is its problem, before a 200's headers (an ETag, a file
			// name, gzip) are given to it
			PageResponse<?> first = pages.read(0);
			CsvTable table = new CsvTable(name, CsvColumns.of((rowType != null) ? rowType : Object.class),
					(number) -> (number == 0) ? first : pages.read(number));
			return ResponseEntity.ok()
				.contentType(CsvTableConverter.CSV_UTF8)
				.header("Content-Disposition",
						ContentDisposition.attachment().filename(name + ".csv").build().toString())
				.body(table);
		}

		private static int pageArgument(Object[] args) {
			for (int i = 0; i < args.length; i++) {
				if (args[i] instanceof PageQuery) {
					return i;
				}
			}
			return -1;
		}

		private static String name(String uri) {
			String last = uri.substring(uri.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
			return last.matches("[a-z0-9-]+") ? last : "list";
		}

	}

}
