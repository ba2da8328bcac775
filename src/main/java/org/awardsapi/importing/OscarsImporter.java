package org.awardsapi.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import org.awardsapi.award.Award;
import org.awardsapi.award.AwardRepository;
import org.awardsapi.award.Category;
import org.awardsapi.award.CategoryClass;
import org.awardsapi.cache.DataVersion;
import org.awardsapi.ceremony.Ceremony;
import org.awardsapi.film.Company;
import org.awardsapi.film.Film;
import org.awardsapi.importing.ImportSummary.SkippedRow;
import org.awardsapi.nomination.Nomination;
import org.awardsapi.nomination.NomineeKind;
import org.awardsapi.person.Person;
import org.awardsapi.seed.DataLoad;
import org.awardsapi.seed.DataLoadRepository;
import org.awardsapi.seed.SeedLoader;
import org.awardsapi.seed.Seeds;
import org.awardsapi.shared.Databases;
import org.awardsapi.shared.Slugs;
import org.awardsapi.source.Source;
import org.awardsapi.source.SourceRepository;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the history of the Academy Awards from DLu/oscar_data's {@code oscars.csv}.
 * <p>
 * The whole file is read and checked first; a bad row anywhere rejects the file with its
 * line number, and nothing is written. Then everything is written in one transaction,
 * with inserts batched. People, films and companies are matched by IMDb id (by name where
 * the dataset has none), ceremonies by number, categories through the seed's mapping of
 * the dataset's canonical categories, and nominations by ceremony, category, films,
 * nominees and detail, so the seeded 97th ceremony is not duplicated and keeps its extra
 * facts, and importing the same file twice changes nothing. Imports (and the seed) are
 * serialised across instances by a lock on the data version's row.
 */
@Service
public class OscarsImporter {

	static final String AWARD = "oscars";

	static final String LOAD_NAME = "import:dlu-oscars";

	static final String SOURCE = "dlu-oscar-data";

	private static final Logger log = LoggerFactory.getLogger(OscarsImporter.class);

	private static final int BATCH = 500;

	/** The tables an import adds rows to, analysed after it on PostgreSQL. */
	private static final String FILLED_TABLES = "ceremony, category, film, film_search, film_company, person, "
			+ "person_search, person_other_name, company, company_search, nomination, nomination_film, nominee, "
			+ "nomination_source, data_load";

	/** Role words the dataset leaves in a few nominee names. */
	private static final Pattern ROLE_PREFIX = Pattern.compile("(?i)^(in collaboration with|screenplay -)\\s+");

	/**
	 * Names of organisations, for nominees whose IMDb id the dataset does not know: a
	 * word only a firm, a studio, a state or a body is named with, or an ampersand (the
	 * dataset gives each person a name of their own, so two names joined are a firm's).
	 */
	private static final Pattern ORGANISATION = Pattern.compile("(?iuU).*(&|\\b(corp|corporation|inc|incorporated|"
			+ "company|co|ltd|limited|llc|kg|gmbh|ag|plc|and sons|associates|studios?|pictures|films?|"
			+ "productions?|laboratories|laboratory|labs?|department|bureau|ministry|association|fund|information|"
			+ "navy|army|air force|marine|coast guard|office|unit|service|centre|center|institute|institut|istituto|"
			+ "society|soci[eé]t[eé]|council|board|division|industries|systems|technologies|technology|technik|"
			+ "software|digital|images|optics|optical|optique|engineering|research|sound|camera|cine|cinema|"
			+ "theatres?|broadcasting|network|news|exchange|cooperative|government|governments|union of|"
			+ "united states|comitato|comite|olimpiad[ae]|academy|international|and magic)\\b).*");

	/**
	 * Organisations the dataset names, without an IMDb id, by a name with no such word:
	 * the trade names of firms given Scientific and Technical Awards, and production
	 * companies and places it names as nominees (by the slug of the name).
	 */
	private static final Set<String> ORGANISATION_NAMES = Set.of("alias-wavefront", "antigonish", "arri", "cineguild",
			"denham", "digidesign", "fairlight", "mercury", "nova-scotia", "ortus", "panavision", "ramtronics", "revue",
			"screen-gems", "sony", "statens-filmcentral", "thomson-grass-valley", "two-cities");

	private final SeedLoader seed;

	private final EntityManager em;

	private final TransactionTemplate transaction;

	private final TransactionTemplate ownTransaction;

	private final DataLoadRepository loads;

	private final AwardRepository awards;

	private final SourceRepository sources;

	private final Map<Integer, LocalDate> dates;

	private final DataVersion dataVersion;

	OscarsImporter(SeedLoader seed, EntityManager em, PlatformTransactionManager transactions, DataLoadRepository loads,
			AwardRepository awards, SourceRepository sources, DataVersion dataVersion) {
		this.dataVersion = dataVersion;
		this.seed = seed;
		this.em = em;
		this.transaction = new TransactionTemplate(transactions);
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.loads = loads;
		this.awards = awards;
		this.sources = sources;
		this.dates = ceremonyDates();
	}

	/**
	 * Imports a DLu {@code oscars.csv}.
	 * @param in the file, UTF-8
	 * @param progress told how far the import has got
	 * @return what the import did
	 * @throws ImportException if the file is not of the format; nothing is written then
	 */
	public ImportSummary importFile(InputStream in, ImportProgress progress) {
		long start = System.nanoTime();
		byte[] bytes = readAll(in);
		Map<String, String> categories = this.seed.datasetCategories(Seeds.oscars97(), AWARD);
		List<DluRow> rows = new DluFile(categories.keySet()).read(utf8(bytes));
		log.info("Read {} rows; importing", rows.size());
		ImportSummary summary = this.transaction
			.execute((status) -> new Run(rows, categories, sha256(bytes), progress, start).run());
		if (summary.nominationsAdded() > 0) {
			afterCommit(this::analyze);
		}
		return summary;
	}

	/**
	 * Runs the action once the import is committed: now, or when the caller's own
	 * transaction commits (never, if it rolls back).
	 */
	private static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}

	/**
	 * Gives the database's planner statistics of the rows just committed. PostgreSQL has
	 * none of a table filled by one import until autovacuum's next round (and none at all
	 * where autovacuum is off): it planned the statistics' correlated subquery as if the
	 * tables were small: over 2 s for a page that takes 0.1 s once analysed
	 * (docs/benchmarks.md, item 44). H2 analyses a table itself after 2,000 changed rows;
	 * {@code ANALYZE} is its statement too (one that commits). In a transaction of its
	 * own, after the import's commit, so a failure here (logged) cannot undo the import.
	 */
	private void analyze() {
		long begin = System.nanoTime();
		try {
			this.ownTransaction.executeWithoutResult((status) -> this.em.unwrap(Session.class).doWork((connection) -> {
				// PostgreSQL: the tables an import fills, not every table the login may
				// reach; H2's ANALYZE takes one table or all (it holds only this app's)
				boolean postgres = Databases.isPostgreSQL(connection);
				try (Statement statement = connection.createStatement()) {
					statement.execute(postgres ? "analyze " + FILLED_TABLES : "analyze");
				}
			}));
			log.info("Analysed the tables for the planner in {} ms", (System.nanoTime() - begin) / 1_000_000);
		}
		catch (RuntimeException ex) {
			log.warn("Could not analyse the tables after the import; the planner's statistics may be stale", ex);
		}
	}

	private static byte[] readAll(InputStream in) {
		try {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStreamReader utf8(byte[] bytes) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(bytes));
		}
		catch (CharacterCodingException ex) {
			throw new ImportException(0, "the file is not UTF-8 text");
		}
		return new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<Integer, LocalDate> ceremonyDates() {
		Map<Integer, LocalDate> dates = new HashMap<>();
		try (InputStream in = new ClassPathResource("importing/academy-awards-dates.csv").getInputStream()) {
			new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).forEach((line) -> {
				String[] parts = line.split(",");
				dates.put(Integer.valueOf(parts[0].strip()), LocalDate.parse(parts[1].strip()));
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return dates;
	}

	/**
	 * "1st", "2nd", "3rd", "11th", "22nd", "97th".
	 */
	static String ordinal(int number) {
		int lastTwo = number % 100;
		String suffix = (lastTwo >= 11 && lastTwo <= 13) ? "th" : switch (number % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
		return number + suffix;
	}

	/**
	 * A category name as presented, from the dataset's capitals: "ACTOR IN A LEADING
	 * ROLE" gives "Actor in a Leading Role"; words in parentheses are kept as written.
	 */
	static String presentedName(String category) {
		Set<String> small = Set.of("in", "a", "an", "and", "of", "the", "for", "or", "to", "by", "with");
		StringBuilder name = new StringBuilder();
		boolean inParentheses = false;
		String[] words = category.split(" ");
		for (int i = 0; i < words.length; i++) {
			String word = words[i];
			if (word.startsWith("(")) {
				inParentheses = true;
			}
			String lower = word.toLowerCase(Locale.ROOT);
			String written;
			if (inParentheses || !word.equals(word.toUpperCase(Locale.ROOT))) {
				written = word;
			}
			else if (i > 0 && small.contains(lower)) {
				written = lower;
			}
			else {
				written = capitalise(lower);
			}
			name.append((i > 0) ? " " : "").append(written);
			if (word.endsWith(")")) {
				inParentheses = false;
			}
		}
		return name.toString();
	}

	private static String capitalise(String word) {
		StringBuilder out = new StringBuilder(word.length());
		boolean start = true;
		for (char c : word.toCharArray()) {
			out.append(start ? Character.toUpperCase(c) : c);
			start = c == '-' || c == '.' || c == '/';
		}
		return out.toString();
	}

	static String cleanName(String name) {
		return ROLE_PREFIX.matcher(name).replaceFirst("");
	}

	/**
	 * @param name a name
	 * @return whether it is written in capitals only ({@code WINTON HOCH})
	 */
	static boolean inCapitals(String name) {
		return name.equals(name.toUpperCase(Locale.ROOT)) && !name.equals(name.toLowerCase(Locale.ROOT));
	}

	static boolean looksLikeOrganisation(String name) {
		return ORGANISATION.matcher(name).matches() || ORGANISATION_NAMES.contains(Slugs.slug(name));
	}

	/**
	 * One import of one file, in one transaction.
	 */
	private final class Run {

		private final List<DluRow> rows;

		private final Map<String, String> categorySlugs;

		private final String checksum;

		private final ImportProgress progress;

		private final long start;

		private final Registry<Person> people = new Registry<>();

		/** Other spellings of people met in the file, by the person's id. */
		private final Map<Long, Set<String>> otherNames = new HashMap<>();

		/**
		 * The name each IMDb id is first credited with alone, or the first not in
		 * capitals only ({@code Winton Hoch}, where a Sci-Tech citation first wrote
		 * {@code WINTON HOCH}).
		 */
		private final Map<String, String> ownNames = new HashMap<>();

		/**
		 * The IMDb ids a nominee without one may be taken to have, by the slug of the
		 * name: a company's id its name is credited with anywhere in the file, a person's
		 * id its name is credited with in a technical award (SciTech or Special); an
		 * empty string where a name has two ids ({@link #idByName}).
		 */
		private final Map<String, String> idsByName = new HashMap<>();

		private final Registry<Company> companies = new Registry<>();

		private final Registry<Film> films = new Registry<>();

		private final Map<Integer, Ceremony> ceremonyByEdition = new HashMap<>();

		private final Map<String, Category> categoryBySlug = new HashMap<>();

		private final Set<String> nominationKeys = new HashSet<>();

		private final Map<String, Integer> nextPosition = new HashMap<>();

		private final List<SkippedRow> skipped = new ArrayList<>();

		private int ceremoniesAdded;

		private int nominationsAdded;

		private int nominationsUnchanged;

		Run(List<DluRow> rows, Map<String, String> categorySlugs, String checksum, ImportProgress progress,
				long start) {
			this.rows = rows;
			for (DluRow row : rows) {
				for (int i = 0; i < row.nominees().size(); i++) {
					String id = row.nomineeIds().get(i);
					if (id != null && !id.contains(",")) {
						this.ownNames.merge(id, cleanName(row.nominees().get(i)),
								(first, later) -> (inCapitals(first) && !inCapitals(later)) ? later : first);
						if (id.startsWith("co") || row.categoryClass() == CategoryClass.SciTech
								|| row.categoryClass() == CategoryClass.Special) {
							this.idsByName.merge(Slugs.slug(cleanName(row.nominees().get(i))), id,
									(one, other) -> one.equals(other) ? one : "");
						}
					}
				}
			}
			this.categorySlugs = categorySlugs;
			this.checksum = checksum;
			this.progress = progress;
			this.start = start;
		}

		ImportSummary run() {
			OscarsImporter.this.dataVersion.lock();
			OscarsImporter.this.seed.load(Seeds.OSCARS_97_NAME, Seeds.oscars97());
			Award award = OscarsImporter.this.awards.findBySlug(AWARD)
				.orElseThrow(() -> new IllegalStateException("The seed has no award '" + AWARD + "'"));
			DataLoad previous = OscarsImporter.this.loads.findById(LOAD_NAME).orElse(null);
			if (previous != null && previous.getChecksum().equals(this.checksum)) {
				log.info("This file was imported before; nothing to do");
				return summary(true);
			}
			preload(award);
			Source source = OscarsImporter.this.sources.findBySlug(SOURCE)
				.orElseGet(() -> OscarsImporter.this.sources.save(new Source(SOURCE, "oscar_data: oscars.csv",
						"David V. Lu!! (DLu/oscar_data), from the Academy Awards Database", null,
						"https://github.com/DLu/oscar_data")));
			List<Nomination> batch = new ArrayList<>();
			int done = 0;
			for (DluRow row : this.rows) {
				Nomination nomination = nomination(award, row, source);
				if (nomination != null) {
					OscarsImporter.this.em.persist(nomination);
					batch.add(nomination);
					if (batch.size() == BATCH) {
						flush(batch);
					}
				}
				if (++done % 1000 == 0 || done == this.rows.size()) {
					this.progress.rows(done, this.rows.size());
				}
			}
			flush(batch);
			addOtherNames();
			OscarsImporter.this.dataVersion.bump();
			OscarsImporter.this.loads.findById(LOAD_NAME)
				.ifPresentOrElse((load) -> load.reloaded(this.checksum),
						() -> OscarsImporter.this.loads.save(new DataLoad(LOAD_NAME, this.checksum)));
			return summary(false);
		}

		/**
		 * Writes a batch and empties the persistence context, so that each flush checks
		 * only the entities of its own batch: the people, films and companies kept in the
		 * registries are detached then, and serve as references by id.
		 */
		private void flush(List<Nomination> batch) {
			OscarsImporter.this.em.flush();
			OscarsImporter.this.em.clear();
			batch.clear();
		}

		/**
		 * Records the other spellings met during the import, on the people read afresh in
		 * one statement (the instances in the registry are detached by then).
		 */
		private void addOtherNames() {
			if (this.otherNames.isEmpty()) {
				return;
			}
			OscarsImporter.this.em
				.createQuery("select distinct p from Person p left join fetch p.otherNames where p.id in :ids",
						Person.class)
				.setParameter("ids", this.otherNames.keySet())
				.getResultList()
				.forEach((p) -> this.otherNames.get(p.getId()).forEach(p::addOtherName));
			OscarsImporter.this.em.flush();
		}

		private ImportSummary summary(boolean unchangedFile) {
			Set<Integer> ceremonies = new TreeSet<>();
			this.rows.forEach((row) -> ceremonies.add(row.ceremony()));
			double seconds = (System.nanoTime() - this.start) / 1e9;
			return new ImportSummary(this.rows.size(), ceremonies.size(), this.ceremoniesAdded, this.nominationsAdded,
					this.nominationsUnchanged, this.people.added, this.films.added, this.companies.added,
					List.copyOf(this.skipped), unchangedFile, Math.round(seconds * 100) / 100.0);
		}

		private void preload(Award award) {
			EntityManager em = OscarsImporter.this.em;
			em.createQuery("select p from Person p", Person.class)
				.getResultList()
				.forEach((p) -> this.people.known(p, p.getSlug(), Slugs.slug(p.getName()), p.getImdbId()));
			em.createQuery("select c from Company c", Company.class)
				.getResultList()
				.forEach((c) -> this.companies.known(c, c.getSlug(), Slugs.slug(c.getName()), c.getImdbId()));
			em.createQuery("select f from Film f", Film.class)
				.getResultList()
				.forEach((f) -> this.films.known(f, f.getSlug(), Slugs.slug(f.getTitle()) + "-" + f.getYear(),
						f.getImdbId()));
			em.createQuery("select c from Ceremony c where c.award = :award", Ceremony.class)
				.setParameter("award", award)
				.getResultList()
				.forEach((c) -> this.ceremonyByEdition.put(c.getEdition(), c));
			em.createQuery("select k from Category k where k.award = :award", Category.class)
				.setParameter("award", award)
				.getResultList()
				.forEach((k) -> this.categoryBySlug.put(k.getSlug(), k));
			existingNominations(award);
		}

		/**
		 * The keys of the nominations already in the database, in three statements.
		 */
		private void existingNominations(Award award) {
			EntityManager em = OscarsImporter.this.em;
			Map<Long, String[]> parts = new LinkedHashMap<>();
			em.createQuery("select n.id, c.edition, k.slug, n.detail, n.credit, n.citation from Nomination n "
					+ "join n.ceremony c " + "join n.category k where c.award = :award", Object[].class)
				.setParameter("award", award)
				.getResultList()
				.forEach((t) -> {
					parts.put((Long) t[0], new String[] { t[1] + "|" + t[2], "", "", t[3] + "|" + t[4] + "|" + t[5] });
					this.nextPosition.merge(t[1] + "|" + t[2], 1, Integer::sum);
				});
			em.createQuery("select n.id, f.imdbId, f.slug from Nomination n join n.films f "
					+ "where n.ceremony.award = :award order by n.id, index(f)", Object[].class)
				.setParameter("award", award)
				.getResultList()
				.forEach((t) -> parts.get((Long) t[0])[1] += filmKey((String) t[1], (String) t[2]));
			em.createQuery(
					"select e.nomination.id, e.kind, p.imdbId, p.slug, co.imdbId, co.slug, e.name "
							+ "from Nominee e left join e.person p left join e.company co "
							+ "where e.nomination.ceremony.award = :award order by e.nomination.id, e.position",
					Object[].class)
				.setParameter("award", award)
				.getResultList()
				.forEach((t) -> {
					NomineeKind kind = (NomineeKind) t[1];
					boolean person = kind == NomineeKind.person;
					parts.get((Long) t[0])[2] += nomineeKey(kind, (String) (person ? t[2] : t[4]),
							(String) (person ? t[3] : t[5]), (String) t[6]);
				});
			parts.values().forEach((p) -> this.nominationKeys.add(p[0] + "|" + p[1] + "|" + p[2] + "|" + p[3]));
		}

		private Nomination nomination(Award award, DluRow row, Source source) {
			Ceremony ceremony = ceremony(award, row);
			Category category = this.categoryBySlug.get(this.categorySlugs.get(row.canonicalCategory()));
			if (category == null) {
				throw new ImportException(row.line(),
						"the seed has no category for CanonicalCategory '" + row.canonicalCategory() + "'");
			}
			List<Film> films = new ArrayList<>();
			for (int i = 0; i < row.films().size(); i++) {
				films.add(film(row.films().get(i), row.filmIds().get(i), row.firstYear()));
			}
			StringBuilder filmKeys = new StringBuilder();
			films.forEach((f) -> filmKeys.append(filmKey(f.getImdbId(), f.getSlug())));
			List<Object> nominees = new ArrayList<>();
			StringBuilder nomineeKeys = new StringBuilder();
			if (row.nominees().isEmpty() && row.name() != null
					&& "INTERNATIONAL FEATURE FILM".equals(row.canonicalCategory())) {
				nominees.add(row.name());
				nomineeKeys.append(nomineeKey(NomineeKind.country, null, null, row.name()));
			}
			for (int i = 0; i < row.nominees().size(); i++) {
				String name = cleanName(row.nominees().get(i));
				String ids = row.nomineeIds().get(i);
				for (String id : (ids != null) ? ids.split(",") : new String[] { idByName(name) }) {
					boolean company = (id != null) ? id.startsWith("co")
							: looksLikeOrganisation(name) && !this.people.knowsWithoutId(Slugs.slug(name));
					if (company) {
						Company c = company(name, id);
						nominees.add(new Credited(c, name));
						nomineeKeys.append(nomineeKey(NomineeKind.company, c.getImdbId(), c.getSlug(), name));
					}
					else {
						Person p = person(name, id);
						nominees.add(new Credited(p, name));
						nomineeKeys.append(nomineeKey(NomineeKind.person, p.getImdbId(), p.getSlug(), name));
					}
				}
			}
			String place = row.ceremony() + "|" + category.getSlug();
			String key = place + "|" + filmKeys + "|" + nomineeKeys + "|" + row.detail() + "|" + row.name() + "|"
					+ row.citation();
			if (!this.nominationKeys.add(key)) {
				this.nominationsUnchanged++;
				return null;
			}
			Nomination nomination = new Nomination(ceremony, category, presentedName(row.category()),
					this.nextPosition.merge(place, 1, Integer::sum) - 1, row.winner());
			nomination.describe(row.name(), row.detail(), row.note(), row.citation()).citedBy(source);
			if (!row.official()) {
				nomination.markUnofficial();
			}
			films.forEach(nomination::addFilm);
			for (Object nominee : nominees) {
				if (nominee instanceof Credited credited && credited.nominee() instanceof Person p) {
					nomination.addPerson(p, credited.name());
				}
				else if (nominee instanceof Credited credited && credited.nominee() instanceof Company c) {
					nomination.addCompany(c, credited.name());
				}
				else {
					nomination.addCountry((String) nominee);
				}
			}
			this.nominationsAdded++;
			return nomination;
		}

		private Ceremony ceremony(Award award, DluRow row) {
			return this.ceremonyByEdition.computeIfAbsent(row.ceremony(), (edition) -> {
				Ceremony ceremony = new Ceremony(award, edition, AWARD + "-" + edition,
						ordinal(edition) + " " + award.getName(), OscarsImporter.this.dates.get(edition), row.year(),
						null);
				OscarsImporter.this.em.persist(ceremony);
				this.ceremoniesAdded++;
				return ceremony;
			});
		}

		private Film film(String title, String imdbId, int year) {
			return this.films.findOrCreate(Slugs.slug(title) + "-" + year, imdbId,
					(slug) -> new Film(slug, title, year, imdbId));
		}

		/**
		 * The person of an IMDb id (of the slug of the name where there is none), made
		 * under the name the file first credits that id alone with, so that a joint
		 * pseudonym never names a person; another name is kept as another spelling.
		 */
		private Person person(String name, String imdbId) {
			String own = (imdbId != null) ? this.ownNames.getOrDefault(imdbId, name) : name;
			Person person = this.people.findOrCreate(Slugs.slug(own), imdbId, (slug) -> new Person(slug, own, imdbId));
			// A spelling differing only in case adds nothing: search ignores case
			if (!person.getName().equalsIgnoreCase(name)) {
				this.otherNames.computeIfAbsent(person.getId(), (id) -> new java.util.LinkedHashSet<>()).add(name);
			}
			return person;
		}

		/**
		 * The IMDb id of a nominee the file gives none, where its name leaves no doubt:
		 * the one company of that name, or the one person credited with it in a technical
		 * award (most nominees without an id are of Scientific and Technical Awards, and
		 * many were named with their id in another); {@code null} otherwise, as for a
		 * name already stored without an id (an earlier import made it, and its
		 * nominations name it).
		 */
		private String idByName(String name) {
			String slug = Slugs.slug(name);
			String id = this.idsByName.get(slug);
			if (id == null || id.isEmpty()) {
				return null;
			}
			Registry<?> registry = id.startsWith("co") ? this.companies : this.people;
			return registry.knowsWithoutId(slug) ? null : id;
		}

		private Company company(String name, String imdbId) {
			return this.companies.findOrCreate(Slugs.slug(name), imdbId, (slug) -> new Company(slug, name, imdbId));
		}

	}

	/**
	 * The people, films or companies of one import: found by IMDb id, or by the slug of
	 * their name where the dataset has no id; made with a slug not yet taken.
	 */
	private final class Registry<T> {

		private final Map<String, T> byImdb = new HashMap<>();

		private final Map<String, T> withoutImdbByName = new HashMap<>();

		private final Set<String> slugs = new HashSet<>();

		private int added;

		void known(T entity, String slug, String name, String imdbId) {
			this.slugs.add(slug);
			if (imdbId != null) {
				this.byImdb.put(imdbId, entity);
			}
			else {
				this.withoutImdbByName.putIfAbsent(name, entity);
			}
		}

		/**
		 * @param name the slug of the name
		 * @return whether one without an IMDb id has that name
		 */
		boolean knowsWithoutId(String name) {
			return this.withoutImdbByName.containsKey(name);
		}

		/**
		 * @param name the slug of the name (and year, for a film)
		 * @param imdbId the IMDb id, or {@code null}
		 * @param create makes the entity with the slug given
		 */
		T findOrCreate(String name, String imdbId, java.util.function.Function<String, T> create) {
			T found = (imdbId != null) ? this.byImdb.get(imdbId) : this.withoutImdbByName.get(name);
			if (found != null) {
				return found;
			}
			String slug = unique(this.slugs, name, imdbId);
			T entity = create.apply(slug);
			OscarsImporter.this.em.persist(entity);
			known(entity, slug, name, imdbId);
			this.added++;
			return entity;
		}

	}

	/**
	 * A person or company with the name a nomination credits them with.
	 */
	private record Credited(Object nominee, String name) {
	}

	private static String filmKey(String imdbId, String slug) {
		return "f:" + ((imdbId != null) ? imdbId : slug) + ";";
	}

	private static String nomineeKey(NomineeKind kind, String imdbId, String slug, String name) {
		if (kind == NomineeKind.country) {
			return "country:" + name + ";";
		}
		return kind + ":" + ((imdbId != null) ? imdbId : slug) + ";";
	}

	/**
	 * A slug not yet taken: the wanted one, else with the IMDb id, else with a number.
	 */
	private static String unique(Set<String> taken, String wanted, String imdbId) {
		String base = wanted.isEmpty() ? "untitled" : wanted;
		String slug = base;
		if (taken.contains(slug) && imdbId != null) {
			slug = base + "-" + imdbId;
		}
		for (int n = 2; taken.contains(slug); n++) {
			slug = base + "-" + n;
		}
		taken.add(slug);
		return slug;
	}

}
