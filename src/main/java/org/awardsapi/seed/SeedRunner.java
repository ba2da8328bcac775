package org.awardsapi.seed;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the 97th Academy Awards at start-up, once ({@code awards.seed.enabled}, on by
 * default). It runs when every bean is ready but before the web server starts, so the API
 * never answers from a database that is still being seeded.
 */
@Component
@ConditionalOnBooleanProperty(name = "awards.seed.enabled", matchIfMissing = true)
class SeedRunner implements SmartInitializingSingleton {

	private final SeedLoader loader;

	SeedRunner(SeedLoader loader) {
		this.loader = loader;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.loader.load(Seeds.OSCARS_97_NAME, Seeds.oscars97());
	}

}
