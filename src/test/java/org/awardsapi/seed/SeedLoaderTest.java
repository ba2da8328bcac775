package org.awardsapi.seed;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import org.assertj.core.groups.Tuple;
import org.awardsapi.cache.DataVersion;
import org.awardsapi.ceremony.Presentation;
import org.awardsapi.film.CompanyRole;
import org.awardsapi.film.Film;
import org.awardsapi.film.FilmRepository;
import org.awardsapi.film.Job;
import org.awardsapi.nomination.Nomination;
import org.awardsapi.nomination.Nominee;
import org.awardsapi.person.Quote;
import org.awardsapi.source.Source;
import org.awardsapi.source.SourceRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.autoconfigure.json.AutoConfigureJson;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.jdbc.JdbcTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Loading the seed: idempotent, all or nothing, and with the facts of the article it was
 * written from. The tests run outside a test transaction, so that every load commits or
 * rolls back as it does in the application; each starts and ends with empty tables.
 */
@DataJpaTest(showSql = false)
@AutoConfigureJson
@Import({ SeedLoader.class, DataVersion.class })
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class SeedLoaderTest {

	private static final String NAME = Seeds.OSCARS_97_NAME;

	private static final String ARTICLE = "article-anora-97th-academy-awards";

	/**
	 * Every table the seed writes to, each before the tables it refers to.
	 */
	private static final String[] TABLES = { "quote", "presentation", "nomination_source", "nominee", "nomination_film",
			"nomination", "credit", "film_company", "film_search", "film", "company_search", "company",
			"person_other_name", "person_search", "person", "ceremony", "category", "award", "source", "data_load" };

	@Autowired
	private SeedLoader loader;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Autowired
	private FilmRepository films;

	@Autowired
	private SourceRepository sources;

	@Autowired
	private DataVersion dataVersion;

	@BeforeEach
	@AfterEach
	void emptyEveryTable() {
		JdbcTestUtils.deleteFromTables(this.jdbc, TABLES);
	}

	@Test
	void loadingTwiceDuplicatesNothing() {
		assertThat(this.loader.load(NAME, seed())).isTrue();
		Map<String, Long> afterFirst = rowCounts();
		assertThat(afterFirst).containsEntry("NOMINATION", 131L).containsEntry("DATA_LOAD", 1L);
		assertThat(afterFirst).allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());

		assertThat(this.loader.load(NAME, seed())).as("a second load of the same file").isFalse();

		assertThat(rowCounts()).isEqualTo(afterFirst);
	}

	@Test
	void loadingAgainWithoutTheRecordOfTheFirstLoadDuplicatesNothing() {
		assertThat(this.loader.load(NAME, seed())).isTrue();
		Map<String, Long> afterFirst = rowCounts();
		JdbcTestUtils.deleteFromTables(this.jdbc, "data_load");

		assertThat(this.loader.load(NAME, seed())).as("a load that finds no record of the first").isTrue();

		assertThat(rowCounts()).isEqualTo(afterFirst);
	}

	@Test
	void loadingAChangedSeedAddsOnlyWhatIsMissingAndRecordsTheNewChecksum() {
		assertThat(this.loader.load(NAME, seed())).isTrue();
		Map<String, Long> afterFirst = rowCounts();
		String checksum = checksum();
		// As if the seed file had changed since: the checksums differ
		this.jdbc.update("update data_load set checksum = ? where name = ?", "0".repeat(64), NAME);

		assertThat(this.loader.load(NAME, seed())).as("a load of a changed file").isTrue();

		assertThat(rowCounts()).isEqualTo(afterFirst);
		assertThat(checksum()).isEqualTo(checksum);
	}

	@Test
	void aLoadThatFailsPartWayLeavesEveryTableEmpty() {
		assertThatIllegalStateException().isThrownBy(() -> this.loader.load("test:broken", brokenSeed()))
			.withMessageContaining("unknown person 'nobody-in-this-seed'");

		assertThat(rowCounts()).isNotEmpty().allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
	}

	@Test
	void aLoadThatFailsPartWayLeavesTheDatabaseAsItWas() {
		assertThat(this.loader.load(NAME, seed())).isTrue();
		Map<String, Long> before = rowCounts();

		assertThatIllegalStateException().isThrownBy(() -> this.loader.load("test:broken", brokenSeed()));

		assertThat(rowCounts()).isEqualTo(before);
		assertThat(read(() -> this.sources.findBySlug("test-broken-seed"))).isEmpty();
	}

	@Test
	void aLoadBumpsTheDataVersionOnceCommittedAndASkippedOrFailedLoadDoesNot() {
		long before = dataVersion();

		assertThat(this.loader.load(NAME, seed())).isTrue();
		assertThat(dataVersion()).isEqualTo(before + 1);
		assertThat(this.dataVersion.current()).as("seen at once after the commit").isEqualTo(before + 1);

		assertThat(this.loader.load(NAME, seed())).as("skipped").isFalse();
		assertThatIllegalStateException().isThrownBy(() -> this.loader.load("test:broken", brokenSeed()));
		assertThat(dataVersion()).isEqualTo(before + 1);
		assertThat(this.dataVersion.current()).isEqualTo(before + 1);
	}

	@Test
	void anoraWonFiveOfItsSixNominationsAndYuraBorisovLostToKieranCulkin() {
		load();
		List<Nomination> anora = read(() -> nominationsAt("oscars-97", "anora-2024"));
		assertThat(anora).hasSize(6);
		assertThat(anora).filteredOn(Nomination::isWon)
			.extracting((nomination) -> nomination.getCategory().getSlug())
			.containsExactlyInAnyOrder("best-picture", "directing", "writing-original-screenplay", "film-editing",
					"actress-in-a-leading-role");
		assertThat(read(() -> winnersOf("oscars-97", "actor-in-a-supporting-role")))
			.containsExactly(tuple("Kieran Culkin", "A Real Pain"));
		assertThat(anora).filteredOn((nomination) -> !nomination.isWon())
			.singleElement()
			.satisfies((lost) -> assertThat(lost.getNominees()).extracting(Nominee::getName)
				.containsExactly("Yura Borisov"));
	}

	@Test
	void seanBakerWonFourInOneNightForOneFilmAsWaltDisneyHadForSeveral() {
		load();
		List<Object[]> baker = read(() -> winsOf("sean-baker", "oscars-97"));
		assertThat(baker).extracting((win) -> win[0])
			.containsExactlyInAnyOrder("best-picture", "directing", "writing-original-screenplay", "film-editing");
		assertThat(baker).extracting((win) -> win[1]).containsOnly("anora-2024");
		List<Object[]> disney = read(() -> winsOf("walt-disney", "oscars-26"));
		assertThat(disney).hasSize(4);
		assertThat(disney).extracting((win) -> win[1]).doesNotHaveDuplicates();
	}

	@Test
	void seanBakerDirectedWroteProducedAndEditedAnora() {
		load();
		List<Tuple> credits = read(() -> anora().getCredits()
			.stream()
			.map((credit) -> tuple(credit.getPerson().getName(), credit.getJob()))
			.toList());
		assertThat(credits).filteredOn((credit) -> credit.toList().get(0).equals("Sean Baker"))
			.containsExactlyInAnyOrder(tuple("Sean Baker", Job.director), tuple("Sean Baker", Job.writer),
					tuple("Sean Baker", Job.producer), tuple("Sean Baker", Job.editor));
	}

	@Test
	void anorasCastIsCreditedWithTheirCharacters() {
		load();
		List<Tuple> cast = read(() -> anora().getCredits()
			.stream()
			.filter((credit) -> credit.getJob() == Job.actor)
			.map((credit) -> tuple(credit.getPerson().getName(), credit.getCharacter()))
			.toList());
		assertThat(cast).contains(tuple("Mikey Madison", "Anora \"Ani\" Mikheeva"),
				tuple("Mark Eydelshteyn", "Vanya Zakharov"));
		assertThat(cast).extracting((actor) -> actor.toList().get(0))
			.contains("Yura Borisov", "Karren Karagulian", "Vache Tovmasyan", "Aleksei Serebryakov");
	}

	@Test
	void anoraWasProducedByFilmNationAndDistributedByNeonUniversalAndFocus() {
		load();
		List<Tuple> companies = read(() -> anora().getCompanies()
			.stream()
			.map((company) -> tuple(company.getCompany().getName(), company.getRole()))
			.toList());
		assertThat(companies).containsExactlyInAnyOrder(tuple("FilmNation Entertainment", CompanyRole.production),
				tuple("Neon", CompanyRole.distribution), tuple("Universal Pictures", CompanyRole.distribution),
				tuple("Focus Features", CompanyRole.distribution));
	}

	@Test
	void anoraHasItsOfficialSynopsis() {
		load();
		assertThat(read(() -> anora().getSynopsis())).isEqualTo(
				"Anora, a young woman from Brooklyn, gets her chance at a Cinderella story when she meets and impulsively "
						+ "marries the son of an oligarch. Once the news reaches Russia, her fairytale is threatened as "
						+ "the parents set out for New York to get the marriage annulled.");
	}

	@Test
	void quentinTarantinoPresentedDirecting() {
		load();
		List<Object[]> presentations = read(() -> this.entityManager
			.createQuery("select p.category.slug, p.presenter.name, p.source.slug from Presentation p "
					+ "where p.ceremony.slug = 'oscars-97'", Object[].class)
			.getResultList());
		assertThat(presentations).extracting((row) -> tuple(row[0], row[1], row[2]))
			.containsExactly(tuple("directing", "Quentin Tarantino", ARTICLE));
	}

	@Test
	void theQuotesBelongToTheSpeakersNominations() {
		load();
		List<Object[]> quotes = read(() -> this.entityManager
			.createQuery(
					"select q.person.name, q.ceremony.slug, n.category.slug, n.won, q.source.slug, q.text from Quote q "
							+ "join q.nomination n join n.nominees e where e.person = q.person",
					Object[].class)
			.getResultList());
		assertThat(quotes).extracting((row) -> tuple(row[0], row[1], row[2], row[3], row[4], row[5]))
			.containsExactlyInAnyOrder(
					tuple("Sean Baker", "oscars-97", "directing", true, ARTICLE,
							"We’re all here tonight and watching this broadcast because we love movies. "
									+ "Where did we fall in love with the movies? At the movie theater."),
					tuple("Mikey Madison", "oscars-97", "actress-in-a-leading-role", true, ARTICLE,
							"I just want to recognize and honor the sex worker community. Yes. I will continue to "
									+ "support and be an ally. All of the incredible people, the women that I’ve had "
									+ "the privilege of meeting from that community, have been one of the highlights "
									+ "of this incredible experience."));
		assertThat(read(
				() -> this.entityManager.createQuery("select count(q) from Quote q", Long.class).getSingleResult()))
			.isEqualTo(2);
	}

	@Test
	void anoraWonThePalmeDorAtThe77thCannesFilmFestival() {
		load();
		List<Object[]> palme = read(() -> this.entityManager
			.createQuery(
					"select c.name, c.award.name, n.category.name, n.won, f.slug from Nomination n join n.ceremony c "
							+ "join n.films f where c.slug = 'cannes-77'",
					Object[].class)
			.getResultList());
		assertThat(palme).extracting((row) -> tuple(row[0], row[1], row[2], row[3], row[4]))
			.containsExactly(
					tuple("77th Cannes Film Festival", "Cannes Film Festival", "Palme d'Or", true, "anora-2024"));
	}

	@Test
	void theArticleIsASourceCitedByTheFactsTakenFromIt() {
		load();
		Source article = read(() -> this.sources.findBySlug(ARTICLE)).orElseThrow();
		assertThat(article.getPublishedOn()).isEqualTo(LocalDate.of(2025, 3, 3));
		assertThat(article.getTitle()).isNotBlank();
		read(() -> {
			Film anora = anora();
			assertThat(anora.getCredits())
				.filteredOn(
						(credit) -> credit.getPerson().getSlug().equals("sean-baker") || credit.getJob() == Job.actor)
				.isNotEmpty()
				.allSatisfy((credit) -> assertThat(credit.getSource().getSlug()).isEqualTo(ARTICLE));
			assertThat(anora.getCompanies()).hasSize(4)
				.allSatisfy((company) -> assertThat(company.getSource().getSlug()).isEqualTo(ARTICLE));
			assertThat(nominationsAt("oscars-97", "anora-2024")).filteredOn(Nomination::isWon)
				.hasSize(5)
				.allSatisfy(SeedLoaderTest::citesTheArticle);
			assertThat(nominationsAt("cannes-77", "anora-2024")).singleElement()
				.satisfies(SeedLoaderTest::citesTheArticle);
			assertThat(
					this.entityManager.createQuery("select p from Presentation p", Presentation.class).getResultList())
				.singleElement()
				.satisfies((presentation) -> assertThat(presentation.getSource().getSlug()).isEqualTo(ARTICLE));
			assertThat(this.entityManager.createQuery("select q from Quote q", Quote.class).getResultList()).hasSize(2)
				.allSatisfy((quote) -> assertThat(quote.getSource().getSlug()).isEqualTo(ARTICLE));
			return null;
		});
	}

	private static void citesTheArticle(Nomination nomination) {
		assertThat(nomination.getSources()).extracting(Source::getSlug).contains(ARTICLE);
	}

	private long dataVersion() {
		Long version = this.jdbc.queryForObject("select version from data_version", Long.class);
		assertThat(version).isNotNull();
		return version;
	}

	private void load() {
		assertThat(this.loader.load(NAME, seed())).isTrue();
	}

	private Film anora() {
		return this.films.findBySlug("anora-2024").orElseThrow();
	}

	private List<Nomination> nominationsAt(String ceremony, String film) {
		List<Nomination> nominations = this.entityManager
			.createQuery("select distinct n from Nomination n join fetch n.category join n.films f "
					+ "where n.ceremony.slug = :ceremony and f.slug = :film", Nomination.class)
			.setParameter("ceremony", ceremony)
			.setParameter("film", film)
			.getResultList();
		nominations.forEach((nomination) -> {
			nomination.getNominees().size();
			nomination.getSources().size();
		});
		return nominations;
	}

	private List<Tuple> winnersOf(String ceremony, String category) {
		return this.entityManager
			.createQuery(
					"select e.name, f.title from Nomination n join n.nominees e join n.films f "
							+ "where n.ceremony.slug = :ceremony and n.category.slug = :category and n.won = true",
					Object[].class)
			.setParameter("ceremony", ceremony)
			.setParameter("category", category)
			.getResultList()
			.stream()
			.map((row) -> tuple(row[0], row[1]))
			.toList();
	}

	/**
	 * @return (category slug, film slug) of each win of the person at the ceremony
	 */
	private List<Object[]> winsOf(String person, String ceremony) {
		return this.entityManager
			.createQuery(
					"select n.category.slug, f.slug from Nomination n join n.nominees e join n.films f "
							+ "where e.person.slug = :person and n.ceremony.slug = :ceremony and n.won = true",
					Object[].class)
			.setParameter("person", person)
			.setParameter("ceremony", ceremony)
			.getResultList();
	}

	private <T> T read(Supplier<T> query) {
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		transaction.setReadOnly(true);
		return transaction.execute((status) -> query.get());
	}

	private String checksum() {
		return this.jdbc.queryForObject("select checksum from data_load where name = ?", String.class, NAME);
	}

	/**
	 * The number of rows of every table of the current schema (H2's {@code PUBLIC}, or
	 * the test context's own on PostgreSQL) but Flyway's own.
	 */
	private Map<String, Long> rowCounts() {
		Map<String, Long> counts = new TreeMap<>();
		this.jdbc.queryForList("select table_name from information_schema.tables where table_schema = current_schema "
				+ "and table_type = 'BASE TABLE' "
				// Not the seed's: Flyway's history, the data version and editors'
				// idempotency keys.
				+ "and lower(table_name) not in ('flyway_schema_history', 'data_version', 'idempotency_key')",
				String.class)
			.forEach((table) -> counts.put(table.toUpperCase(),
					this.jdbc.queryForObject("select count(*) from " + table, Long.class)));
		return counts;
	}

	private static Resource seed() {
		return Seeds.oscars97();
	}

	private static Resource brokenSeed() {
		return new ClassPathResource("unknown-person.json", SeedLoaderTest.class);
	}

}
