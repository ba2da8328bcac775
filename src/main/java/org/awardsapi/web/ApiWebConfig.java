package org.awardsapi.web;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * The web plumbing every client relies on: CORS, HTTP caching, CSV, and an {@code Accept}
 * header that cannot be parsed read as none ({@link LenientAccept}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ CorsProperties.class, CacheProperties.class })
class ApiWebConfig implements WebMvcConfigurer {

	private final HttpCaching httpCaching;

	ApiWebConfig(HttpCaching httpCaching) {
		this.httpCaching = httpCaching;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.httpCaching).addPathPatterns("/api/**");
	}

	@Override
	public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
		configurer.strategies(List.of(new LenientAccept()));
	}

	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
		converters.addCustomConverter(new CsvTableConverter());
	}

	@Bean
	WebMvcRegistrations csvForEveryList() {
		return new WebMvcRegistrations() {

			@Override
			public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
				return new CsvHandlerAdapter();
			}

		};
	}

}
