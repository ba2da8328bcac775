package org.awardsapi.seed;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.awardsapi.OscarsCsv;
import org.awardsapi.award.Award;
import org.awardsapi.award.AwardRepository;
import org.awardsapi.cache.DataVersion;
import org.awardsapi.ceremony.Ceremony;
import org.awardsapi.ceremony.CeremonyRepository;
import org.awardsapi.film.Film;
import org.awardsapi.nomination.Nomination;
import org.awardsapi.nomination.NominationRepository;
import org.awardsapi.nomination.Nominee;
import org.awardsapi.nomination.NomineeKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.boot.test.autoconfigure.json.AutoConfigureJson;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed agrees with DLu/oscar_data's {@code oscars.csv}, the reference for
 * nominations: the whole 97th Academy Awards (all but the Sci-Tech awards) and Walt
 * Disney's nominations at the 26th. The seed is loaded into the database and read back
 * through the repositories, so that the loader is checked too.
 * <p>
 * The file is never copied into the project: it is read where the workplace keeps it,
 * {@code ../shared/data/oscars/oscars.csv} beside the project, or wherever the system
 * property or environment variable {@value OscarsCsv#LOCATION} says. Without it the tests
 * that need it are skipped.
 */
@DataJpaTest(showSql = false)
@AutoConfigureJson
@Import({ SeedLoader.class, DataVersion.class })
class SeedAgreesWithDatasetTest {

	private static final String WALT_DISNEY = "nm0000370";

	private static final String INTERNATIONAL_FEATURE = "INTERNATIONAL FEATURE FILM";

	private static final String UNOFFICIAL = "NOT AN OFFICIAL NOMINATION";

	private static List<DatasetRow> dataset;

	@Autowired
	private SeedLoader loader;

	@Autowired
	private JsonMapper json;

	@Autowired
	private TestEntityManager entityManager;

	@Autowired
	private AwardRepository awards;

	@Autowired
	private CeremonyRepository ceremonies;

	@Autowired
	private NominationRepository nominations;

	/**
	 * The seed's category slug for each of DLu's CanonicalCategory values.
	 */
	private Map<String, String> categoryByCanonical;

	@BeforeEach
	void loadSeed() {
		assertThat(this.loader.load(Seeds.OSCARS_97_NAME, Seeds.oscars97())).isTrue();
		// Read back from the database, not from what the loader left in memory
		this.entityManager.flush();
		this.entityManager.clear();
		this.categoryByCanonical = new LinkedHashMap<>();
		SeedData seed = this.json.readValue(read(Seeds.oscars97()), SeedData.class);
		seed.awards()
			.stream()
			.filter((award) -> award.slug().equals("oscars"))
			.flatMap((award) -> award.categories().stream())
			.forEach((category) -> assertThat(this.categoryByCanonical.put(category.dluCanonical(), category.slug()))
				.as("the seed maps DLu's %s to one category only", category.dluCanonical())
				.isNull());
	}

	@Test
	void the97thCeremonyHasTheDatasetsCategoriesAndNominations() {
		List<DatasetRow> rows = dataset((row) -> row.ceremony() == 97 && !row.categoryClass().equals("SciTech"));
		assertThat(rows).as("the dataset's rows of the 97th Academy Awards, less Sci-Tech").hasSize(124);
		assertAgrees(97, rows);
	}

	@Test
	void the26thCeremonyHasWaltDisneysNominationsAsTheDatasetHasThem() {
		List<DatasetRow> rows = dataset((row) -> row.ceremony() == 26 && row.nomineeIds().contains(WALT_DISNEY));
		assertThat(rows).as("Walt Disney's nominations at the 26th Academy Awards").hasSize(6);
		assertAgrees(26, rows);
	}

	@Test
	void bestActressNomineesAreTheFiveOfTheArticleWithMikeyMadisonTheWinner() {
		List<Nomination> bestActress = seeded(97).stream()
			.filter((nomination) -> nomination.getCategory().getSlug().equals("actress-in-a-leading-role"))
			.toList();
		assertThat(bestActress).flatExtracting(Nomination::getNominees)
			.extracting(Nominee::getName)
			.containsExactlyInAnyOrder("Mikey Madison", "Fernanda Torres", "Karla Sofía Gascón", "Cynthia Erivo",
					"Demi Moore");
		assertThat(bestActress).filteredOn(Nomination::isWon)
			.singleElement()
			.satisfies((winner) -> assertThat(winner.getNominees()).extracting(Nominee::getName)
				.containsExactly("Mikey Madison"));
	}

	private void assertAgrees(int edition, List<DatasetRow> rows) {
		Map<String, List<NominationFacts>> expected = new LinkedHashMap<>();
		for (DatasetRow row : rows) {
			String category = this.categoryByCanonical.get(row.canonicalCategory());
			assertThat(category).as("the seed's category for DLu's %s", row.canonicalCategory()).isNotNull();
			expected.computeIfAbsent(category, (key) -> new ArrayList<>()).add(NominationFacts.of(row));
		}
		Map<String, List<NominationFacts>> actual = new LinkedHashMap<>();
		seeded(edition).forEach(
				(nomination) -> actual.computeIfAbsent(nomination.getCategory().getSlug(), (key) -> new ArrayList<>())
					.add(NominationFacts.of(nomination)));
		assertThat(actual.keySet()).as("the categories of the %dth Academy Awards", edition)
			.containsExactlyInAnyOrderElementsOf(expected.keySet());
		expected.forEach((category, nominations) -> {
			assertThat(actual.get(category)).as("the nominations in %s at the %dth", category, edition)
				.hasSameSizeAs(nominations);
			assertThat(actual.get(category)).as("the nominations in %s at the %dth", category, edition)
				.containsExactlyElementsOf(nominations);
		});
		String filmYear = rows.get(0).year();
		assertThat(this.ceremonies.findByAwardAndEdition(oscars(), edition)).get()
			.extracting(Ceremony::getFilmYear)
			.isEqualTo(filmYear);
	}

	/**
	 * The seeded nominations of one Academy Awards ceremony, in their order within each
	 * category.
	 */
	private List<Nomination> seeded(int edition) {
		Ceremony ceremony = this.ceremonies.findByAwardAndEdition(oscars(), edition).orElseThrow();
		return this.nominations.findAllByCeremony(ceremony)
			.stream()
			.sorted(Comparator.comparing((Nomination nomination) -> nomination.getCategory().getSlug())
				.thenComparingInt(Nomination::getPosition))
			.toList();
	}

	private Award oscars() {
		return this.awards.findBySlug("oscars").orElseThrow();
	}

	private static byte[] read(org.springframework.core.io.Resource resource) {
		try {
			return resource.getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The rows of the dataset that the test is about, in the file's order; the test is
	 * skipped where the file is not there.
	 */
	private static List<DatasetRow> dataset(Predicate<DatasetRow> wanted) {
		Path csv = OscarsCsv.require();
		if (dataset == null) {
			dataset = parse(csv);
		}
		return dataset.stream().filter(wanted).toList();
	}

	/**
	 * Reads the file as SOURCE.md describes it: tab-separated, one header line, a literal
	 * {@code "} written as {@code \"}, empty fields at the end of a line left out.
	 * <p>
	 * Fields are never quoted, yet {@code "} is declared as the quote character, as in
	 * the Python reading the file's SOURCE.md gives: Commons CSV only unescapes the
	 * characters it treats specially, so with quoting off it would keep {@code \"} as two
	 * characters. No field starts with a bare {@code "}, so nothing is read as quoted.
	 */
	private static List<DatasetRow> parse(Path csv) {
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter('\t')
			.setQuote('"')
			.setEscape('\\')
			.setRecordSeparator('\n')
			.setHeader()
			.setSkipHeaderRecord(true)
			.setAllowMissingColumnNames(true)
			.setIgnoreSurroundingSpaces(false)
			.setTrim(false)
			.get();
		try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
			List<DatasetRow> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				rows.add(DatasetRow.of(record));
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + csv, ex);
		}
	}

	/**
	 * One row of {@code oscars.csv}, every missing trailing field read as empty.
	 */
	record DatasetRow(int ceremony, String year, String categoryClass, String canonicalCategory, String category,
			List<String> filmIds, String name, List<String> nomineeIds, boolean winner, String detail, String note,
			String citation) {

		static DatasetRow of(CSVRecord record) {
			return new DatasetRow(Integer.parseInt(field(record, "Ceremony")), field(record, "Year"),
					field(record, "Class"), field(record, "CanonicalCategory"), field(record, "Category"),
					split(field(record, "FilmId")), field(record, "Name"), split(field(record, "NomineeIds")),
					"True".equals(field(record, "Winner")), field(record, "Detail"), field(record, "Note"),
					field(record, "Citation"));
		}

		private static String field(CSVRecord record, String column) {
			return record.isSet(column) ? record.get(column) : "";
		}

		private static List<String> split(String values) {
			return values.isEmpty() ? List.of() : Arrays.asList(values.split("\\|", -1));
		}

	}

	/**
	 * What the seed and the dataset must agree on for one nomination. A nominee is an
	 * IMDb id ({@code ?} where unknown), or {@code country:} and the country's name.
	 */
	record NominationFacts(String categoryAsPresented, List<String> filmIds, List<String> nominees, boolean won,
			String detail, String credit, String note, String citation, boolean official) {

		static NominationFacts of(DatasetRow row) {
			List<String> nominees = row.canonicalCategory().equals(INTERNATIONAL_FEATURE)
					? List.of("country:" + row.name()) : row.nomineeIds();
			return new NominationFacts(row.category().toLowerCase(Locale.ROOT), row.filmIds(), nominees, row.winner(),
					emptyToNull(row.detail()), emptyToNull(row.name()), emptyToNull(row.note()),
					emptyToNull(row.citation()), !row.note().contains(UNOFFICIAL));
		}

		static NominationFacts of(Nomination nomination) {
			return new NominationFacts(nomination.getCategoryName().toLowerCase(Locale.ROOT),
					nomination.getFilms().stream().map(Film::getImdbId).toList(),
					nomination.getNominees().stream().map(NominationFacts::nominee).toList(), nomination.isWon(),
					nomination.getDetail(), nomination.getCredit(), nomination.getNote(), nomination.getCitation(),
					nomination.isOfficial());
		}

		private static String nominee(Nominee nominee) {
			if (nominee.getKind() == NomineeKind.country) {
				return "country:" + nominee.getName();
			}
			String imdbId = (nominee.getKind() == NomineeKind.person) ? nominee.getPerson().getImdbId()
					: nominee.getCompany().getImdbId();
			return (imdbId != null) ? imdbId : "?";
		}

		private static String emptyToNull(String value) {
			return (value == null || value.isEmpty()) ? null : value;
		}

	}

}
