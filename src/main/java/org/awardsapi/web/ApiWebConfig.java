package org.awardsapi.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import org.awardsapi.cache.DataVersion;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * The web plumbing every client relies on: CORS, HTTP caching, CSV, an {@code Accept}
 * header that cannot be parsed read as none ({@link LenientAccept}), and the query
 * records of the lists bound by {@link QueryRecords}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ CorsProperties.class, CacheProperties.class })
class ApiWebConfig implements WebMvcConfigurer {

	private final HttpCaching httpCaching;

	private final ObjectProvider<Validator> validator;

	ApiWebConfig(HttpCaching httpCaching, ObjectProvider<Validator> validator) {
		this.httpCaching = httpCaching;
		this.validator = validator;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new QueryRecords(this.validator.getObject()));
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new NoNulInParameters()).addPathPatterns("/api/**");
		registry.addInterceptor(new OneValueParameters()).addPathPatterns("/api/**");
		registry.addInterceptor(this.httpCaching).addPathPatterns("/api/**");
		registry.addInterceptor(new NoEmptyAcceptPatch()).addPathPatterns("/api/**");
	}

	@Override
	public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
		configurer.strategies(List.of(new LenientAccept()));
	}

	/**
	 * CSV besides JSON, and no YAML. Spring adds a converter for each format whose
	 * library is on the classpath, and springdoc brings Jackson 2's YAML (for
	 * {@code /v3/api-docs.yaml}, which it writes itself): without the removal,
	 * {@code Accept: application/yaml} was answered in a YAML of Jackson 2's own defaults
	 * (a date as {@code [2025, 3, 2]}), never documented, instead of a {@code 406}.
	 */
	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
		converters.addCustomConverter(new CsvTableConverter());
		converters.configureMessageConvertersList((list) -> list
			.removeIf((converter) -> converter.getSupportedMediaTypes().contains(MediaType.APPLICATION_YAML)));
	}

	/**
	 * The cache of whole answers, right after CORS ({@link ApiCorsFilter}) and the timing
	 * of requests (Boot's {@code ServerHttpObservationFilter}, at the highest precedence
	 * but one), ahead of the security filters, whose part the gate plays
	 * ({@link HeldAnswerGate}; without one, nothing is answered from memory); off with
	 * {@code awards.cache.responses.enabled=false}. Static: a filter is made before the
	 * database, and so before this configuration (which needs the data version).
	 */
	@Bean
	@ConditionalOnBooleanProperty(name = "awards.cache.responses.enabled", matchIfMissing = true)
	static FilterRegistrationBean<ResponseCache> responseCache(ObjectProvider<DataVersion> dataVersion,
			ObjectProvider<HeldAnswerGate> gate, CacheProperties properties) {
		FilterRegistrationBean<ResponseCache> registration = new FilterRegistrationBean<>(new ResponseCache(
				SingletonSupplier.of(dataVersion::getObject),
				SingletonSupplier.of(() -> gate.getIfAvailable(() -> HeldAnswerGate.CLOSED)), properties.responses()));
		registration.addUrlPatterns("/api/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	/**
	 * gzip for the reads whose client takes it, inside the response cache (which so holds
	 * the compressed bytes), right before Spring MVC.
	 */
	@Bean
	static FilterRegistrationBean<Compression> compression() {
		FilterRegistrationBean<Compression> registration = new FilterRegistrationBean<>(new Compression());
		registration.addUrlPatterns("/api/*");
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 40);
		return registration;
	}

	/**
	 * An ETag for the OpenAPI document, JSON and YAML, as a static file server gives
	 * every file: Swagger UI, Postman's import and code generators fetch its 130 KB again
	 * and again, and with the tag they revalidate ({@code Cache-Control: no-cache}) and
	 * get a {@code 304}. The tag is the MD5 of the body springdoc wrote, and weak:
	 * Tomcat's compression ({@code server.compression}) leaves an answer with a strong
	 * tag alone, and the gzip bytes of the same document may share a weak one.
	 */
	@Bean
	static FilterRegistrationBean<ShallowEtagHeaderFilter> openApiDocumentTags() {
		ShallowEtagHeaderFilter tags = new ShallowEtagHeaderFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noCache().getHeaderValue());
				super.doFilterInternal(request, response, chain);
			}

			/**
			 * A {@code HEAD} is tagged as its {@code GET} is (RFC 9110, 9.3.2: the same
			 * header fields), and revalidates with the tag: Spring tags a {@code GET}
			 * only.
			 */
			@Override
			protected boolean isEligibleForEtag(HttpServletRequest request, HttpServletResponse response, int status,
					InputStream body) {
				HttpServletRequest asGet = !HttpMethod.HEAD.matches(request.getMethod()) ? request
						: new HttpServletRequestWrapper(request) {

							@Override
							public String getMethod() {
								return HttpMethod.GET.name();
							}

						};
				return super.isEligibleForEtag(asGet, response, status, body);
			}

		};
		tags.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(tags);
		registration.addUrlPatterns("/v3/api-docs", "/v3/api-docs/*", "/v3/api-docs.yaml");
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 30);
		return registration;
	}

	/**
	 * A JSON body that gives a field twice ({@code {"title": "A", "title": "B"}}) is a
	 * 400 naming the field ({@link ApiProblems}), as a query parameter given twice is
	 * ({@link OneValueParameters}): Jackson's default kept the last value and dropped the
	 * first without a word.
	 */
	@Bean
	static JsonMapperBuilderCustomizer oneValuePerField() {
		return (builder) -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
	}

	/**
	 * A value of a JSON body is read as the type it is, never converted:
	 * {@code "won": 1}, {@code "year": "2024"} or {@code 2024.5}, {@code "title": 123}
	 * and {@code "publishedOn": 20250303} are each a 400 naming the field and the type
	 * wanted ({@link BodyFieldErrors}). Jackson's default converted them and stored what
	 * the client did not mean: the last a date 20,250,303 days after 1970, a fraction cut
	 * off. A date is read only as {@code yyyy-MM-dd} ({@link StrictLocalDates}).
	 */
	@Bean
	static JsonMapperBuilderCustomizer noConversionOfValues() {
		return (builder) -> builder
			.addModule(new SimpleModule("strict-dates").addDeserializer(LocalDate.class, new StrictLocalDates()))
			.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.withCoercionConfig(LogicalType.Textual,
					(config) -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
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

	/**
	 * Whole numbers in ASCII digits only ({@link WholeNumbers}), on the binders of every
	 * handler, {@link QueryRecords} included.
	 */
	@Bean
	static BeanPostProcessor wholeNumberParameters() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof RequestMappingHandlerAdapter adapter && adapter
					.getWebBindingInitializer() instanceof ConfigurableWebBindingInitializer initializer) {
					initializer.setPropertyEditorRegistrar(new WholeNumbers());
				}
				return bean;
			}

		};
	}

}
