package org.awardsapi.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.awardsapi.award.CategoryRef;
import org.awardsapi.ceremony.Ceremony;
import org.awardsapi.ceremony.CeremonyRepository;
import org.awardsapi.film.FilmRef;
import org.awardsapi.person.Person;
import org.awardsapi.person.PersonRepository;
import org.awardsapi.stats.StatsQueries.CeremonyTally;
import org.awardsapi.stats.StatsQueries.NominationRow;
import org.awardsapi.stats.StatsQueries.PersonCeremonyTally;
import org.awardsapi.stats.StatsQueries.PersonTally;
import org.awardsapi.stats.StatsQueries.WonFilmRow;
import org.awardsapi.web.IdOrSlug;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wins and nominations by person, film and ceremony. Every page costs at most three
 * statements whatever its size: the page, its count (only when the page does not tell the
 * total), and one batched query for the lists of its rows. The {@code {id}} is matched by
 * the queries themselves; only an empty page looks it up, to answer 404 if it is unknown.
 */
@Service
@Transactional(readOnly = true)
class StatsService {

	private static final Comparator<FilmRef> BY_TITLE = Comparator
		.comparing(FilmRef::title, String.CASE_INSENSITIVE_ORDER)
		.thenComparingLong(FilmRef::id);

	private final StatsQueries queries;

	private final CeremonyRepository ceremonies;

	private final PersonRepository people;

	StatsService(StatsQueries queries, CeremonyRepository ceremonies, PersonRepository people) {
		this.queries = queries;
		this.ceremonies = ceremonies;
		this.people = people;
	}

	/**
	 * @param ceremony the ceremony, by numeric id or slug
	 * @param pageable the page, ordered by {@link StatsQueries#WINS_BY_PERSON}
	 * @return per person nominated there: wins, nominations, the nominations and films
	 * @throws org.awardsapi.web.NotFoundException for an unknown ceremony
	 */
	Page<PersonWins> winsByPerson(String ceremony, Pageable pageable) {
		Page<PersonTally> tallies = this.queries.winsByPerson(ceremony, pageable);
		if (tallies.isEmpty()) {
			ceremony(ceremony);
		}
		List<Long> personIds = tallies.map((tally) -> tally.person().id()).getContent();
		Map<Long, Lists> lists = lists(
				personIds.isEmpty() ? List.of() : this.queries.nominationsOfPeople(ceremony, personIds));
		return tallies.map((tally) -> {
			Lists of = lists.getOrDefault(tally.person().id(), Lists.EMPTY);
			return new PersonWins(tally.person(), tally.wins(), tally.nominations(), of.nominations(), of.films());
		});
	}

	/**
	 * @param ceremony the ceremony, by numeric id or slug
	 * @param pageable the page, ordered by {@link StatsQueries#WINS_BY_FILM}
	 * @return per film nominated there: wins and nominations
	 * @throws org.awardsapi.web.NotFoundException for an unknown ceremony
	 */
	Page<FilmWins> winsByFilm(String ceremony, Pageable pageable) {
		Page<FilmWins> page = this.queries.winsByFilm(ceremony, pageable);
		if (page.isEmpty()) {
			ceremony(ceremony);
		}
		return page;
	}

	/**
	 * @param person the person, by numeric id or slug
	 * @param pageable the page, ordered by {@link StatsQueries#WINS_BY_CEREMONY}
	 * @return per ceremony the person was nominated at: wins, nominations, the
	 * nominations and films
	 * @throws org.awardsapi.web.NotFoundException for an unknown person
	 */
	Page<CeremonyWins> winsByCeremony(String person, Pageable pageable) {
		Page<CeremonyTally> tallies = this.queries.winsByCeremony(person, pageable);
		if (tallies.isEmpty()) {
			IdOrSlug.find(person, "person", this.people::findById, this.people::findBySlug);
		}
		List<Long> ceremonyIds = tallies.map((tally) -> tally.ceremony().id()).getContent();
		Map<Long, Lists> lists = lists(
				ceremonyIds.isEmpty() ? List.of() : this.queries.nominationsAtCeremonies(person, ceremonyIds));
		return tallies.map((tally) -> {
			Lists of = lists.getOrDefault(tally.ceremony().id(), Lists.EMPTY);
			return new CeremonyWins(tally.ceremony(), tally.award(), tally.wins(), tally.nominations(),
					of.nominations(), of.films());
		});
	}

	/**
	 * @param filter the filters; unknown award, ceremony or person match nothing
	 * @param pageable the page, ordered by
	 * {@link StatsQueries#WINS_BY_PERSON_PER_CEREMONY}
	 * @return per person and ceremony with at least {@code minWins} wins: wins,
	 * nominations and the films of the wins
	 */
	Page<PersonCeremonyWins> winsByPersonPerCeremony(WinsFilter filter, Pageable pageable) {
		Page<PersonCeremonyTally> tallies = this.queries.winsByPersonPerCeremony(filter, pageable);
		Map<List<Long>, Set<FilmRef>> films = new LinkedHashMap<>();
		if (!tallies.isEmpty()) {
			Set<Long> personIds = new TreeSet<>();
			Set<Long> ceremonyIds = new TreeSet<>();
			tallies.forEach((tally) -> {
				personIds.add(tally.person().id());
				ceremonyIds.add(tally.ceremony().id());
			});
			for (WonFilmRow row : this.queries.wonFilms(filter, personIds, ceremonyIds)) {
				films.computeIfAbsent(List.of(row.person(), row.ceremony()), (key) -> new TreeSet<>(BY_TITLE))
					.add(row.film());
			}
		}
		return tallies.map((tally) -> new PersonCeremonyWins(tally.person(), tally.ceremony(), tally.award(),
				tally.wins(), tally.nominations(),
				List.copyOf(films.getOrDefault(List.of(tally.person().id(), tally.ceremony().id()), Set.of()))));
	}

	/**
	 * Looks the ceremony up, for the 404 of an unknown one.
	 */
	private Ceremony ceremony(String ceremony) {
		return IdOrSlug.find(ceremony, "ceremony", this.ceremonies::findById, this.ceremonies::findBySlug);
	}

	/**
	 * Groups nomination rows (one per film) by their owner: the nominations in order,
	 * each with its films, and the distinct films by title.
	 */
	private static Map<Long, Lists> lists(List<NominationRow> rows) {
		Map<Long, Map<Long, Entry>> byOwner = new LinkedHashMap<>();
		for (NominationRow row : rows) {
			Entry entry = byOwner.computeIfAbsent(row.owner(), (owner) -> new LinkedHashMap<>())
				.computeIfAbsent(row.nomination(), (nomination) -> new Entry(row.category(), row.won()));
			FilmRef film = row.film();
			if (film != null) {
				entry.films().putIfAbsent(film.id(), film);
			}
		}
		Map<Long, Lists> lists = new LinkedHashMap<>();
		byOwner.forEach((owner, entries) -> {
			Set<FilmRef> films = new TreeSet<>(BY_TITLE);
			List<NominationEntry> nominations = new ArrayList<>();
			for (Entry entry : entries.values()) {
				films.addAll(entry.films().values());
				nominations
					.add(new NominationEntry(entry.category(), List.copyOf(entry.films().values()), entry.won()));
			}
			lists.put(owner, new Lists(List.copyOf(nominations), List.copyOf(films)));
		});
		return lists;
	}

	private record Entry(CategoryRef category, boolean won, Map<Long, FilmRef> films) {

		Entry(CategoryRef category, boolean won) {
			this(category, won, new LinkedHashMap<>());
		}

	}

	private record Lists(List<NominationEntry> nominations, List<FilmRef> films) {

		static final Lists EMPTY = new Lists(List.of(), List.of());

	}

}
