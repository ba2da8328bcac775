package org.awardsapi.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * {@code TRACE} is answered as any other method a resource does not take: by Spring MVC,
 * a {@code 405} problem whose {@code Allow} names the resource's methods, as
 * {@code OPTIONS} does (or a {@code 404} where there is no resource), with the headers of
 * every answer.
 * <p>
 * Tomcat refuses {@code TRACE} itself by default, before any filter: its {@code 405}
 * named the methods the {@code DispatcherServlet} implements ({@code DELETE} and
 * {@code PUT} on a list that takes neither) and carried none of the security headers. So
 * Tomcat passes it on here, to a {@code DispatcherServlet} that dispatches it to the
 * handler mappings (none takes {@code TRACE}) and does nothing else. Spring's own does
 * more: unless a handler answered {@code message/http}, it then echoes the request
 * ({@code HttpServlet.doTrace}: the request line and every header but those Tomcat holds
 * sensitive, such as {@code Authorization} and {@code Cookie}) after whatever Spring MVC
 * wrote, so the 405 problem came out with a trace glued to its end: neither JSON nor a
 * trace, and a reflection of the request no answer here needs. That is why this servlet
 * replaces Boot's, with Boot's settings.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(WebMvcProperties.class)
class TraceRequests {

	@Bean
	TomcatConnectorCustomizer traceToSpringMvc() {
		return (connector) -> connector.setAllowTrace(true);
	}

	/**
	 * Boot's {@code DispatcherServlet}, as its auto-configuration makes it from
	 * {@code spring.mvc.*}, but for {@code TRACE}.
	 * @param properties {@code spring.mvc.*}
	 * @return the servlet
	 */
	@Bean(name = DispatcherServletAutoConfiguration.DEFAULT_DISPATCHER_SERVLET_BEAN_NAME)
	DispatcherServlet dispatcherServlet(WebMvcProperties properties) {
		DispatcherServlet servlet = new NoEchoDispatcherServlet();
		servlet.setDispatchOptionsRequest(properties.isDispatchOptionsRequest());
		servlet.setPublishEvents(properties.isPublishRequestHandledEvents());
		servlet.setEnableLoggingRequestDetails(properties.isLogRequestDetails());
		return servlet;
	}

	/** Handles {@code TRACE} as any other request, never echoing it. */
	static final class NoEchoDispatcherServlet extends DispatcherServlet {

		@Override
		protected void doTrace(HttpServletRequest request, HttpServletResponse response)
				throws ServletException, IOException {
			processRequest(request, response);
		}

	}

}
