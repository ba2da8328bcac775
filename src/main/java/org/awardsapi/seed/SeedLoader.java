package org.awardsapi.seed;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.awardsapi.award.Award;
import org.awardsapi.award.AwardRepository;
import org.awardsapi.award.Category;
import org.awardsapi.award.CategoryClass;
import org.awardsapi.award.CategoryRepository;
import org.awardsapi.cache.DataVersion;
import org.awardsapi.ceremony.Ceremony;
import org.awardsapi.ceremony.CeremonyRepository;
import org.awardsapi.ceremony.Presentation;
import org.awardsapi.ceremony.PresentationRepository;
import org.awardsapi.film.Company;
import org.awardsapi.film.CompanyRepository;
import org.awardsapi.film.CompanyRole;
import org.awardsapi.film.Film;
import org.awardsapi.film.FilmRepository;
import org.awardsapi.film.Job;
import org.awardsapi.nomination.Nomination;
import org.awardsapi.nomination.NominationRepository;
import org.awardsapi.nomination.Nominee;
import org.awardsapi.person.Person;
import org.awardsapi.person.PersonRepository;
import org.awardsapi.person.Quote;
import org.awardsapi.person.QuoteRepository;
import org.awardsapi.seed.SeedData.CeremonyData;
import org.awardsapi.seed.SeedData.NominationData;
import org.awardsapi.seed.SeedData.NomineeData;
import org.awardsapi.source.Source;
import org.awardsapi.source.SourceRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a seed file into the database in one transaction. Loading is idempotent: a file
 * loaded before with the same checksum is skipped; otherwise every fact is matched by its
 * natural key (slug, IMDb id, ceremony and category) and only what is missing is added,
 * so nothing is duplicated and nothing an editor changed is overwritten.
 */
@Service
public class SeedLoader {

	private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

	private final JsonMapper json;

	private final DataLoadRepository loads;

	private final SourceRepository sources;

	private final AwardRepository awards;

	private final CategoryRepository categories;

	private final CeremonyRepository ceremonies;

	private final CompanyRepository companies;

	private final PersonRepository people;

	private final FilmRepository films;

	private final NominationRepository nominations;

	private final PresentationRepository presentations;

	private final QuoteRepository quotes;

	private final DataVersion dataVersion;

	SeedLoader(JsonMapper json, DataLoadRepository loads, SourceRepository sources, AwardRepository awards,
			CategoryRepository categories, CeremonyRepository ceremonies, CompanyRepository companies,
			PersonRepository people, FilmRepository films, NominationRepository nominations,
			PresentationRepository presentations, QuoteRepository quotes, DataVersion dataVersion) {
		this.json = json;
		this.loads = loads;
		this.sources = sources;
		this.awards = awards;
		this.categories = categories;
		this.ceremonies = ceremonies;
		this.companies = companies;
		this.people = people;
		this.films = films;
		this.nominations = nominations;
		this.presentations = presentations;
		this.quotes = quotes;
		this.dataVersion = dataVersion;
	}

	/**
	 * Loads the seed unless the same file was loaded before.
	 * @param name the name the load is recorded under
	 * @param resource the seed file
	 * @return {@code true} if it was loaded, {@code false} if skipped as loaded before
	 */
	@Transactional
	public boolean load(String name, Resource resource) {
		byte[] bytes = read(resource);
		String checksum = sha256(bytes);
		this.dataVersion.lock();
		Optional<DataLoad> previous = this.loads.findById(name);
		if (previous.isPresent() && previous.get().getChecksum().equals(checksum)) {
			log.debug("Seed {} loaded before; skipped", name);
			return false;
		}
		SeedData data = this.json.readValue(bytes, SeedData.class);
		new Run(data).load();
		previous.ifPresentOrElse((load) -> load.reloaded(checksum),
				() -> this.loads.save(new DataLoad(name, checksum)));
		this.dataVersion.bump();
		log.info("Seed {} loaded", name);
		return true;
	}

	/**
	 * The categories of an award in a seed file by the name the DLu/oscar_data dataset
	 * gives them (its CanonicalCategory).
	 * @param resource the seed file
	 * @param award the award's slug
	 * @return the category slug of each dataset name
	 */
	public Map<String, String> datasetCategories(Resource resource, String award) {
		SeedData data = this.json.readValue(read(resource), SeedData.class);
		Map<String, String> slugs = new HashMap<>();
		each(data.awards()).stream()
			.filter((a) -> a.slug().equals(award))
			.flatMap((a) -> each(a.categories()).stream())
			.filter((c) -> c.dluCanonical() != null)
			.forEach((c) -> slugs.put(c.dluCanonical(), c.slug()));
		return slugs;
	}

	private static byte[] read(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read seed " + resource, ex);
		}
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One load of one seed file, with the entities it has found or made by slug.
	 */
	private final class Run {

		private final SeedData data;

		private final Map<String, Source> sourceBySlug = new HashMap<>();

		private final Map<String, Award> awardBySlug = new HashMap<>();

		private final Map<String, Category> categoryByKey = new HashMap<>();

		private final Map<String, Company> companyBySlug = new HashMap<>();

		private final Map<String, Person> personBySlug = new HashMap<>();

		private final Map<String, Film> filmBySlug = new HashMap<>();

		Run(SeedData data) {
			this.data = data;
		}

		void load() {
			each(this.data.sources()).forEach((s) -> this.sourceBySlug.put(s.slug(),
					findOrSave(() -> SeedLoader.this.sources.findBySlug(s.slug()),
							() -> new Source(s.slug(), s.title(), s.publisher(), s.publishedOn(), s.url()),
							SeedLoader.this.sources::save)));
			each(this.data.awards()).forEach((a) -> {
				Award award = findOrSave(() -> SeedLoader.this.awards.findBySlug(a.slug()),
						() -> new Award(a.slug(), a.name(), a.presentedBy()), SeedLoader.this.awards::save);
				this.awardBySlug.put(a.slug(), award);
				each(a.categories()).forEach((c) -> this.categoryByKey.put(a.slug() + "/" + c.slug(),
						findOrSave(() -> SeedLoader.this.categories.findByAwardAndSlug(award, c.slug()),
								() -> new Category(award, c.slug(), c.name(), CategoryClass.valueOf(c.categoryClass())),
								SeedLoader.this.categories::save)));
			});
			each(this.data.companies()).forEach((c) -> this.companyBySlug.put(c.slug(),
					findOrSave(
							() -> byImdbThenSlug(c.imdbId(), SeedLoader.this.companies::findByImdbId,
									() -> SeedLoader.this.companies.findBySlug(c.slug())),
							() -> new Company(c.slug(), c.name(), c.imdbId()), SeedLoader.this.companies::save)));
			each(this.data.people()).forEach((p) -> {
				Person person = findOrSave(
						() -> byImdbThenSlug(p.imdbId(), SeedLoader.this.people::findByImdbId,
								() -> SeedLoader.this.people.findBySlug(p.slug())),
						() -> new Person(p.slug(), p.name(), p.imdbId()), SeedLoader.this.people::save);
				each(p.otherNames()).forEach(person::addOtherName);
				this.personBySlug.put(p.slug(), person);
			});
			each(this.data.films()).forEach(this::loadFilm);
			each(this.data.ceremonies()).forEach(this::loadCeremony);
		}

		private void loadFilm(SeedData.FilmData f) {
			Film film = findOrSave(
					() -> byImdbThenSlug(f.imdbId(), SeedLoader.this.films::findByImdbId,
							() -> SeedLoader.this.films.findBySlug(f.slug())),
					() -> new Film(f.slug(), f.title(), f.year(), f.imdbId()), SeedLoader.this.films::save);
			if (f.synopsis() != null && film.getSynopsis() == null) {
				film.describe(f.synopsis());
			}
			each(f.credits()).forEach(
					(c) -> film.credit(person(c.person()), Job.valueOf(c.job()), c.character(), source(c.source())));
			each(f.companies()).forEach(
					(c) -> film.addCompany(company(c.company()), CompanyRole.valueOf(c.role()), source(c.source())));
			this.filmBySlug.put(f.slug(), film);
		}

		private void loadCeremony(CeremonyData c) {
			Award award = required(this.awardBySlug, c.award(), "award");
			Ceremony ceremony = findOrSave(() -> SeedLoader.this.ceremonies.findByAwardAndEdition(award, c.edition()),
					() -> new Ceremony(award, c.edition(), c.slug(), c.name(), c.date(), c.filmYear(), c.venue()),
					SeedLoader.this.ceremonies::save);
			Set<String> existing = new HashSet<>();
			SeedLoader.this.nominations.findAllByCeremony(ceremony).forEach((n) -> existing.add(key(n)));
			Map<String, Integer> positions = new HashMap<>();
			List<Nomination> added = new ArrayList<>();
			for (NominationData n : each(c.nominations())) {
				Category category = category(c.award(), n.category());
				int position = positions.merge(n.category(), 1, Integer::sum) - 1;
				Nomination nomination = new Nomination(ceremony, category, n.presentedAs(), position, n.won());
				nomination.describe(n.credit(), n.detail(), n.note(), n.citation());
				if (Boolean.FALSE.equals(n.official())) {
					nomination.markUnofficial();
				}
				each(n.films()).forEach((slug) -> nomination.addFilm(required(this.filmBySlug, slug, "film")));
				for (NomineeData nominee : each(n.nominees())) {
					if (nominee.person() != null) {
						nomination.addPerson(person(nominee.person()));
					}
					else if (nominee.company() != null) {
						nomination.addCompany(company(nominee.company()));
					}
					else {
						nomination.addCountry(nominee.country());
					}
				}
				each(n.sources()).forEach((slug) -> nomination.citedBy(source(slug)));
				if (existing.add(key(nomination))) {
					added.add(nomination);
				}
			}
			SeedLoader.this.nominations.saveAll(added);
			each(c.presentations()).forEach((p) -> {
				Category category = category(c.award(), p.category());
				Person presenter = person(p.presenter());
				if (!SeedLoader.this.presentations.existsByCeremonyAndCategoryIdAndPresenterId(ceremony,
						category.getId(), presenter.getId())) {
					SeedLoader.this.presentations
						.save(new Presentation(ceremony, category, presenter, source(p.source())));
				}
			});
			each(c.quotes()).forEach((q) -> {
				Person speaker = person(q.person());
				if (!SeedLoader.this.quotes.existsByPersonAndText(speaker, q.text())) {
					Nomination nomination = (q.category() != null)
							? SeedLoader.this.nominations.findAllByCeremony(ceremony)
								.stream()
								.filter((n) -> n.getCategory().getSlug().equals(q.category()))
								.filter((n) -> n.getNominees().stream().anyMatch((e) -> speaker.equals(e.getPerson())))
								.findFirst()
								.orElseThrow(() -> new IllegalStateException(
										"Seed quote of " + q.person() + " names no nomination in " + q.category()))
							: null;
					SeedLoader.this.quotes.save(new Quote(speaker, ceremony, nomination, q.text(), source(q.source())));
				}
			});
		}

		private Category category(String award, String slug) {
			return required(this.categoryByKey, award + "/" + slug, "category");
		}

		private Person person(String slug) {
			return required(this.personBySlug, slug, "person");
		}

		private Company company(String slug) {
			return required(this.companyBySlug, slug, "company");
		}

		private Source source(String slug) {
			return (slug != null) ? required(this.sourceBySlug, slug, "source") : null;
		}

	}

	/**
	 * What makes a nomination the same one: its category, films, nominees and detail.
	 */
	static String key(Nomination nomination) {
		StringBuilder key = new StringBuilder(nomination.getCategory().getSlug());
		nomination.getFilms().forEach((film) -> key.append("|f:").append(film.getSlug()));
		for (Nominee nominee : nomination.getNominees()) {
			key.append("|n:").append(nominee.getKind()).append(':').append(nominee.getName());
		}
		key.append("|d:").append(nomination.getDetail());
		return key.toString();
	}

	private static <T> T findOrSave(Supplier<Optional<T>> find, Supplier<T> create, Function<T, T> save) {
		return find.get().orElseGet(() -> save.apply(create.get()));
	}

	private static <T> Optional<T> byImdbThenSlug(String imdbId, Function<String, Optional<T>> byImdb,
			Supplier<Optional<T>> bySlug) {
		Optional<T> found = (imdbId != null) ? byImdb.apply(imdbId) : Optional.empty();
		return found.isPresent() ? found : bySlug.get();
	}

	private static <T> T required(Map<String, T> map, String key, String kind) {
		T value = map.get(key);
		if (value == null) {
			throw new IllegalStateException("Seed refers to an unknown " + kind + " '" + key + "'");
		}
		return value;
	}

	private static <T> List<T> each(List<T> list) {
		return (list != null) ? list : List.of();
	}

}
