package org.awardsapi.seed;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * The seed files the project ships.
 */
public final class Seeds {

	/** The name the 97th Academy Awards seed is recorded under in {@code data_load}. */
	public static final String OSCARS_97_NAME = "seed:oscars-97";

	private Seeds() {
	}

	/**
	 * @return the seed of the 97th Academy Awards (and the categories of every Academy
	 * Awards ceremony)
	 */
	public static Resource oscars97() {
		return new ClassPathResource("seed/oscars-97.json");
	}

}
