package org.awardsapi.security;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The servlet filters that run after the security filters, on {@code /api/*} only: the
 * body size limit, then {@code Idempotency-Key}. Registered here, not as components, so
 * that their order is explicit.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties({ BodyLimits.class, IdempotencyProperties.class })
@EnableScheduling
class ApiFilters {

	/** Right after Spring Security's filters (order -100), before Spring MVC. */
	static final int BODY_SIZE_ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10;

	static final int IDEMPOTENCY_ORDER = BODY_SIZE_ORDER + 10;

	@Bean
	FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(BodyLimits limits) {
		FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(
				new BodySizeLimitFilter(limits));
		registration.addUrlPatterns("/api/*");
		registration.setOrder(BODY_SIZE_ORDER);
		return registration;
	}

	@Bean
	IdempotencyKeys idempotencyKeys(JdbcClient jdbc, IdempotencyProperties properties, ObjectProvider<Clock> clock) {
		return new IdempotencyKeys(jdbc, properties, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyKeys keys) {
		FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
				new IdempotencyFilter(keys));
		registration.addUrlPatterns("/api/*");
		registration.setOrder(IDEMPOTENCY_ORDER);
		return registration;
	}

}
