package org.awardsapi.award;

/**
 * The broad group of a category. Special and SciTech awards are not competitive.
 */
public enum CategoryClass {

	Title, Acting, Directing, Writing, Production, Music, Special, SciTech;

	public boolean isCompetitive() {
		return this != Special && this != SciTech;
	}

}
