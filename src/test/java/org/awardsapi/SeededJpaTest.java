package org.awardsapi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * A {@code @DataJpaTest} of the read queries against the seed: every query service, the
 * Java migrations and the seed, committed once when the context starts (each test still
 * runs in a transaction rolled back at its end). Every class so annotated shares one
 * context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJpaTest
@ImportAutoConfiguration(JacksonAutoConfiguration.class)
@Import(SeededJpaTest.Queries.class)
public @interface SeededJpaTest {

	@TestConfiguration(proxyBeanMethods = false)
	@ComponentScan(basePackages = "org.awardsapi", useDefaultFilters = false, includeFilters = @ComponentScan.Filter(
			type = FilterType.REGEX,
			pattern = ".*\\.(\\w+QueryService|StatsQueries|SeedLoader|SeedRunner|OscarsImporter|DataVersion|IdBatches|V\\d+__\\w+)"))
	class Queries {

	}

}
