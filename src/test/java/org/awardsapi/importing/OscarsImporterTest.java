package org.awardsapi.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.awardsapi.SeededJpaTest;
import org.awardsapi.nomination.NominationFilter;
import org.awardsapi.nomination.NominationQueryService;
import org.awardsapi.nomination.NominationView;
import org.awardsapi.nomination.NomineeKind;
import org.awardsapi.nomination.NomineeView;
import org.awardsapi.person.Person;
import org.awardsapi.person.PersonRepository;
import org.awardsapi.seed.DataLoadRepository;
import org.awardsapi.web.PageQuery;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Imports the quirks fixture (written for these tests) into the seeded database, each
 * test in a transaction rolled back at its end.
 */
@SeededJpaTest
class OscarsImporterTest {

	@Autowired
	OscarsImporter importer;

	@Autowired
	NominationQueryService nominations;

	@Autowired
	PersonRepository people;

	@Autowired
	DataLoadRepository loads;

	@Autowired
	EntityManager em;

	@Test
	void importsEveryRowOfTheFixture() {
		List<int[]> progress = new ArrayList<>();
		ImportSummary summary = this.importer.importFile(fixture(),
				(done, total) -> progress.add(new int[] { done, total }));
		assertThat(summary.rowsRead()).isEqualTo(20);
		assertThat(summary.ceremonies()).isEqualTo(6);
		assertThat(summary.ceremoniesAdded()).isEqualTo(6);
		assertThat(summary.nominationsAdded()).isEqualTo(20);
		assertThat(summary.nominationsUnchanged()).isZero();
		assertThat(summary.filmsAdded()).isEqualTo(10);
		assertThat(summary.companiesAdded()).isEqualTo(2);
		assertThat(summary.peopleAdded()).isEqualTo(11);
		assertThat(summary.skipped()).isEmpty();
		assertThat(summary.unchangedFile()).isFalse();
		assertThat(progress).last().satisfies((p) -> assertThat(p).containsExactly(20, 20));
	}

	@Test
	void mapsCeremoniesCategoriesFilmsAndNominees() {
		this.importer.importFile(fixture(), ImportProgress.NONE);
		NominationView first = only(find("oscars-1", "actor-in-a-leading-role", true));
		assertThat(first.ceremony().name()).isEqualTo("1st Academy Awards");
		assertThat(first.ceremony().date()).hasToString("1929-05-16");
		assertThat(first.categoryName()).isEqualTo("Actor");
		assertThat(first.films()).extracting("title").containsExactly("The Lantern", "Harbour Lights");
		assertThat(first.films()).extracting("year").containsExactly(1927, 1927);
		assertThat(first.detail()).isEqualTo("Tom Lantern|The Keeper");
		assertThat(first.sources()).extracting("slug").containsExactly(OscarsImporter.SOURCE);
		NominationView picture = only(find("oscars-1", "best-picture", null));
		assertThat(picture.nominees()).extracting(NomineeView::kind, NomineeView::name)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(NomineeKind.company, "Lantern Pictures"));
		NominationView country = only(find("oscars-60", "international-feature-film", true));
		assertThat(country.nominees()).extracting(NomineeView::kind, NomineeView::name)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(NomineeKind.country, "Norway"));
		NominationView honorary = only(find("oscars-24", "international-feature-film", null));
		assertThat(honorary.nominees()).isEmpty();
		assertThat(honorary.citation()).startsWith("To Glass Garden");
	}

	@Test
	void keepsUnofficialNominationsFlaggedAndTiesAsSeveralWinners() {
		this.importer.importFile(fixture(), ImportProgress.NONE);
		List<NominationView> actress = find("oscars-2", "actress-in-a-leading-role", null);
		assertThat(actress).extracting(NominationView::official).containsExactly(false, true);
		assertThat(find("oscars-5", "actor-in-a-leading-role", true)).hasSize(2);
		Long official = this.em
			.createQuery("select count(n) from Nomination n where n.ceremony.slug = 'oscars-2' and n.official = true",
					Long.class)
			.getSingleResult();
		assertThat(official).isEqualTo(1);
	}

	@Test
	void tellsPeopleFromOrganisationsAndKeepsEscapedQuotes() {
		this.importer.importFile(fixture(), ImportProgress.NONE);
		NominationView scitech = only(
				find("oscars-60", "scientific-and-technical-award-technical-achievement-award", true));
		assertThat(scitech.nominees()).extracting(NomineeView::kind)
			.containsExactly(NomineeKind.company, NomineeKind.person);
		assertThat(scitech.citation()).contains("the \"Clearview\" lens");
		NominationView writing = only(find("oscars-60", "writing-original-screenplay", null));
		assertThat(writing.nominees()).extracting(NomineeView::name)
			.containsExactly("Lou \"Sparrow\" Keane", "Bea Marsh");
		assertThat(find("oscars-69", "scientific-and-technical-award-scientific-and-engineering-award", true))
			.hasSize(2);
		assertThat(find("oscars-69", "music-original-song", null)).extracting(NominationView::detail)
			.containsExactly("Morning Bell", "Evening Bell");
	}

	@Test
	void namesPeopleByTheirOwnNameNotAJointPseudonymOrARoleWord() {
		this.importer.importFile(fixture(), ImportProgress.NONE);
		Person jo = this.people.findByImdbId("nm9900007").orElseThrow();
		assertThat(jo.getName()).isEqualTo("Jo Pike");
		assertThat(jo.getOtherNames()).containsExactly("Hal Twain");
		assertThat(this.people.findByImdbId("nm9900008").orElseThrow().getName()).isEqualTo("Max Pike");
		NominationView editing = only(find("oscars-69", "film-editing", true));
		assertThat(editing.nominees()).extracting(NomineeView::slug).containsExactly("jo-pike", "max-pike");
		assertThat(editing.nominees()).extracting(NomineeView::name).containsExactly("Hal Twain", "Hal Twain");
		assertThat(this.people.findByImdbId("nm9900009").orElseThrow().getName()).isEqualTo("Una Reyes");
		assertThat(this.people.findByImdbId("nm9900001").orElseThrow().getSlug()).isEqualTo("ezra-vale");
	}

	/**
	 * A nominee without an id is the one company of that name, or the one person named so
	 * with an id in a technical award; a name with an id only in a competitive category
	 * may be someone else (oscars.csv has a Sci-Tech Robert Henderson in 1943 and a sound
	 * editor in 1990), and stays a person of its own.
	 */
	@Test
	void aNomineeWithoutAnIdIsTheOneOfThatNameInATechnicalAwardOrTheOneCompany() {
		String header = "Ceremony\tYear\tClass\tCanonicalCategory\tCategory\tFilm\tFilmId\tName\tNominees\t"
				+ "NomineeIds\tWinner\tDetail\tNote\tCitation\n";
		String scitech = "\tSciTech\tSCIENTIFIC AND TECHNICAL AWARD (Technical Achievement Award)\t"
				+ "SCIENTIFIC AND TECHNICAL AWARD (Technical Achievement Award)\t\t\t\t";
		String file = header + "70\t1997" + scitech + "Ines Marlow\tnm9900020\tTrue\t\t\tTo Ines Marlow.\n" + "71\t1998"
				+ scitech + "Ines Marlow|Rob Namesake|Warner Bros.|KINOTON GmbH\t\tTrue\t\t\tTo them.\n"
				+ "62\t1989\tProduction\tSOUND EDITING\tSOUND EFFECTS EDITING\tIron Bay\ttt9900007\tRob Namesake\t"
				+ "Rob Namesake\tnm9900021\n"
				+ "20\t1947\tTitle\tBEST PICTURE\tBEST MOTION PICTURE\tIron Bay\ttt9900007\tWarner Bros.\tWarner Bros.\t"
				+ "co9900020\n";
		this.importer.importFile(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), ImportProgress.NONE);
		NominationView both = only(
				find("oscars-71", "scientific-and-technical-award-technical-achievement-award", true));
		String robWithId = this.people.findByImdbId("nm9900021").orElseThrow().getSlug();
		assertThat(both.nominees()).extracting(NomineeView::kind, NomineeView::slug)
			.containsExactly(tuple(NomineeKind.person, "ines-marlow"), tuple(NomineeKind.person, "rob-namesake"),
					tuple(NomineeKind.company, "warner-bros"), tuple(NomineeKind.company, "kinoton-gmbh"));
		assertThat(robWithId).as("the sound editor, another person").isEqualTo("rob-namesake-nm9900021");
		assertThat(this.people.findByImdbId("nm9900020").orElseThrow().getSlug()).isEqualTo("ines-marlow");
		assertThat(this.em.createQuery("select c.imdbId from Company c where c.slug = 'warner-bros'", String.class)
			.getSingleResult()).isEqualTo("co9900020");
	}

	@Test
	void namesAPersonAsTheFileWritesThemOtherThanInCapitalsWhereItDoes() {
		String file = "Ceremony\tYear\tClass\tCanonicalCategory\tCategory\tFilm\tFilmId\tName\tNominees\t"
				+ "NomineeIds\tWinner\tDetail\tNote\tCitation\n"
				+ "70\t1997\tSciTech\tSCIENTIFIC AND TECHNICAL AWARD (Technical Achievement Award)\t"
				+ "SCIENTIFIC AND TECHNICAL AWARD (Technical Achievement Award)\t\t\t\tINES MARLOW\tnm9900020\tTrue\n"
				+ "72\t1999\tProduction\tSOUND EDITING\tSOUND EFFECTS EDITING\tIron Bay\ttt9900007\tInes Marlow\t"
				+ "Ines Marlow\tnm9900020\n"
				+ "73\t2000\tProduction\tSOUND EDITING\tSOUND EFFECTS EDITING\tIron Bay\ttt9900007\tInes B. Marlow\t"
				+ "Ines B. Marlow\tnm9900020\n";
		this.importer.importFile(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), ImportProgress.NONE);
		Person ines = this.people.findByImdbId("nm9900020").orElseThrow();
		assertThat(ines.getName()).isEqualTo("Ines Marlow");
		assertThat(ines.getOtherNames()).containsExactly("Ines B. Marlow");
		assertThat(
				only(find("oscars-70", "scientific-and-technical-award-technical-achievement-award", true)).nominees())
			.extracting(NomineeView::name)
			.as("each nomination keeps the name as credited")
			.containsExactly("INES MARLOW");
	}

	@Test
	void aNomineeAnEarlierImportStoredWithoutAnIdKeepsIt() {
		this.em.persist(new Person("ines-marlow", "Ines Marlow", null));
		String file = "Ceremony\tYear\tClass\tCanonicalCategory\tCategory\tFilm\tFilmId\tName\tNominees\t"
				+ "NomineeIds\tWinner\tDetail\tNote\tCitation\n"
				+ "70\t1997\tSciTech\tSCIENTIFIC AND TECHNICAL AWARD (Technical Achievement Award)\t"
				+ "SCIENTIFIC AND TECHNICAL AWARD (Technical Achievement Award)\t\t\t\tInes Marlow\tnm9900020\tTrue\n"
				+ "71\t1998\tSciTech\tSCIENTIFIC AND TECHNICAL AWARD (Technical Achievement Award)\t"
				+ "SCIENTIFIC AND TECHNICAL AWARD (Technical Achievement Award)\t\t\t\tInes Marlow\t\tTrue\n";
		this.importer.importFile(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), ImportProgress.NONE);
		assertThat(
				only(find("oscars-71", "scientific-and-technical-award-technical-achievement-award", true)).nominees())
			.extracting(NomineeView::slug)
			.containsExactly("ines-marlow");
		assertThat(this.people.findByImdbId("nm9900020").orElseThrow().getSlug()).isEqualTo("ines-marlow-nm9900020");
	}

	/**
	 * A nominee without an id whose name is an organisation's is a company, unless an
	 * earlier import stored that name as a person: its nominations name that person, and
	 * importing again must match them rather than add them twice.
	 */
	@Test
	void anOrganisationWithoutAnIdIsACompanyUnlessAnEarlierImportStoredItAsAPerson() {
		this.em.persist(new Person("panavision", "Panavision", null));
		String scitech = "\tSciTech\tSCIENTIFIC AND TECHNICAL AWARD (Technical Achievement Award)\t"
				+ "SCIENTIFIC AND TECHNICAL AWARD (Technical Achievement Award)\t\t\t\t";
		String file = "Ceremony\tYear\tClass\tCanonicalCategory\tCategory\tFilm\tFilmId\tName\tNominees\t"
				+ "NomineeIds\tWinner\tDetail\tNote\tCitation\n" + "70\t1997" + scitech
				+ "Panavision|Sony|Acme & Acme\t\tTrue\t\t\tTo them.\n";
		this.importer.importFile(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), ImportProgress.NONE);
		assertThat(
				only(find("oscars-70", "scientific-and-technical-award-technical-achievement-award", true)).nominees())
			.extracting(NomineeView::kind, NomineeView::slug)
			.containsExactly(tuple(NomineeKind.person, "panavision"), tuple(NomineeKind.company, "sony"),
					tuple(NomineeKind.company, "acme-acme"));
	}

	@Test
	void importingTwiceChangesNothing() {
		this.importer.importFile(fixture(), ImportProgress.NONE);
		Map<String, Long> before = counts();
		ImportSummary again = this.importer.importFile(fixture(), ImportProgress.NONE);
		assertThat(again.unchangedFile()).isTrue();
		assertThat(counts()).isEqualTo(before);
		this.loads.deleteById(OscarsImporter.LOAD_NAME);
		ImportSummary matched = this.importer.importFile(fixture(), ImportProgress.NONE);
		assertThat(matched.unchangedFile()).isFalse();
		assertThat(matched.nominationsUnchanged()).isEqualTo(20);
		assertThat(matched.nominationsAdded()).isZero();
		assertThat(matched.peopleAdded()).isZero();
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void aBadRowAnywhereChangesNothing() throws IOException {
		Map<String, Long> before = counts();
		byte[] good = fixture().readAllBytes();
		String bad = new String(good, StandardCharsets.UTF_8)
				+ "98\t2025\tActing\tACTOR IN A LEADING ROLE\tACTOR IN A LEADING ROLE\tX\ttt9900099\tY\tY\tnm9900099\tMaybe\n";
		assertThatExceptionOfType(ImportException.class)
			.isThrownBy(() -> this.importer.importFile(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)),
					ImportProgress.NONE))
			.withMessage("line 22: Winner must be True or empty, not 'Maybe'");
		assertThatExceptionOfType(ImportException.class)
			.isThrownBy(() -> this.importer.importFile(new ByteArrayInputStream(new byte[] { 'C', (byte) 0xC3, 0x28 }),
					ImportProgress.NONE))
			.withMessage("the file is not UTF-8 text");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void leavesTheSeedAsItWas() {
		Map<String, Long> before = counts();
		this.importer.importFile(fixture(), ImportProgress.NONE);
		NominationView baker = only(find("oscars-97", "directing", true));
		assertThat(baker.sources()).extracting("slug")
			.containsExactly("article-anora-97th-academy-awards", "academy-97th-academy-awards");
		assertThat(counts().get("Quote")).isEqualTo(before.get("Quote"));
		assertThat(counts().get("Presentation")).isEqualTo(before.get("Presentation"));
	}

	private List<NominationView> find(String ceremony, String category, Boolean won) {
		return this.nominations
			.find(new NominationFilter(null, ceremony, category, null, null, won), PageQuery.first(50))
			.content();
	}

	private static NominationView only(List<NominationView> nominations) {
		assertThat(nominations).hasSize(1);
		return nominations.get(0);
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new java.util.TreeMap<>();
		for (String entity : List.of("Award", "Category", "Ceremony", "Person", "Company", "Film", "Nomination",
				"Nominee", "Quote", "Presentation", "Credit", "Source")) {
			counts.put(entity,
					this.em.createQuery("select count(e) from " + entity + " e", Long.class).getSingleResult());
		}
		return counts;
	}

	static InputStream fixture() {
		return OscarsImporterTest.class.getResourceAsStream("quirks.tsv");
	}

}
