package org.awardsapi.seed;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The shape of the project's seed files ({@code classpath:seed/*.json}): facts written by
 * the project, each pointing at its sources by slug. People, films and companies are
 * referred to by slug; a nominee is a person's slug, or an object naming a country or a
 * company.
 */
record SeedData(List<SourceData> sources, List<AwardData> awards, List<CompanyData> companies, List<PersonData> people,
		List<FilmData> films, List<CeremonyData> ceremonies) {

	record SourceData(String slug, String title, String publisher, LocalDate publishedOn, String url) {
	}

	record AwardData(String slug, String name, String presentedBy, List<CategoryData> categories) {
	}

	/**
	 * @param dluCanonical the CanonicalCategory that DLu/oscar_data gives this category
	 */
	record CategoryData(String slug, String name, @JsonProperty("class") String categoryClass, String dluCanonical) {
	}

	record CompanyData(String slug, String name, String imdbId) {
	}

	record PersonData(String slug, String name, String imdbId, List<String> otherNames) {
	}

	record FilmData(String slug, String title, Integer year, String imdbId, String synopsis, String synopsisSource,
			List<CreditData> credits, List<FilmCompanyData> companies) {
	}

	record CreditData(String person, String job, String character, String source) {
	}

	record FilmCompanyData(String company, String role, String source) {
	}

	record CeremonyData(String award, int edition, String slug, String name, LocalDate date, String filmYear,
			String venue, List<NominationData> nominations, List<PresentationData> presentations,
			List<QuoteData> quotes) {
	}

	record NominationData(String category, String presentedAs, List<String> films, List<NomineeData> nominees,
			String credit, String detail, String note, String citation, boolean won, Boolean official,
			List<String> sources) {
	}

	/**
	 * A nominee: a person's slug (written as a plain string), a company's slug, or a
	 * country.
	 */
	record NomineeData(String person, String company, String country) {

		@com.fasterxml.jackson.annotation.JsonCreator(
				mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
		static NomineeData ofPerson(String person) {
			return new NomineeData(person, null, null);
		}

		@com.fasterxml.jackson.annotation.JsonCreator(
				mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.PROPERTIES)
		NomineeData {
		}

	}

	/**
	 * @param category the category presented, at this ceremony
	 */
	record PresentationData(String category, String presenter, String source) {
	}

	/**
	 * @param category the category of the speaker's nomination the words belong to, if
	 * any
	 */
	record QuoteData(String person, String category, String text, String source) {
	}

}
