package org.awardsapi.seed;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the 97th Academy Awards at start-up, once ({@code awards.seed.enabled}, on by
 * default).
 */
@Component
@Order(0)
@ConditionalOnBooleanProperty(name = "awards.seed.enabled", matchIfMissing = true)
class SeedRunner implements ApplicationRunner {

	static final String SEED = "seed/oscars-97.json";

	private final SeedLoader loader;

	SeedRunner(SeedLoader loader) {
		this.loader = loader;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.loader.load("seed:oscars-97", new ClassPathResource(SEED));
	}

}
