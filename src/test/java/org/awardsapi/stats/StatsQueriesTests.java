package org.awardsapi.stats;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.awardsapi.SeededJpaTest;
import org.awardsapi.award.AwardRepository;
import org.awardsapi.ceremony.CeremonyRepository;
import org.awardsapi.nomination.UnofficialNominations;
import org.awardsapi.person.PersonRepository;
import org.awardsapi.shared.Slugs;
import org.awardsapi.stats.StatsQueries.CeremonyTally;
import org.awardsapi.stats.StatsQueries.NominationRow;
import org.awardsapi.stats.StatsQueries.PersonCeremonyTally;
import org.awardsapi.stats.StatsQueries.PersonTally;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The statistics queries against the seed (the 97th Academy Awards, the 77th Cannes Film
 * Festival and Walt Disney's nominations at the 26th Academy Awards).
 */
@SeededJpaTest
class StatsQueriesTests {

	@Autowired
	private StatsQueries queries;

	@Autowired
	private AwardRepository awards;

	@Autowired
	private CeremonyRepository ceremonies;

	@Autowired
	private PersonRepository people;

	@Autowired
	private EntityManager em;

	@Test
	void winsByPersonPutsSeanBakerFirst() {
		Page<PersonTally> page = this.queries.winsByPerson("oscars-97", pageable(0, 3, StatsQueries.WINS_BY_PERSON));
		assertThat(page.getContent().get(0)).satisfies((first) -> {
			assertThat(first.person().slug()).isEqualTo("sean-baker");
			assertThat(first.person().name()).isEqualTo("Sean Baker");
			assertThat(first.wins()).isEqualTo(4);
			assertThat(first.nominations()).isEqualTo(4);
		});
		assertThat(page.getContent()).hasSize(3)
			.isSortedAccordingTo(Comparator.comparingLong(PersonTally::wins).reversed());
		assertThat(page.getTotalElements()).isEqualTo(225);
	}

	@Test
	void winsByPersonSortsByNameWhenAsked() {
		Pageable byName = PageRequest.of(0, 200, Sort.by("name").and(StatsQueries.WINS_BY_PERSON.defaultSort()));
		List<String> names = this.queries.winsByPerson("oscars-97", byName)
			.map((tally) -> tally.person().name())
			.getContent();
		assertThat(names).hasSize(200).isSortedAccordingTo(Comparator.comparing(Slugs::fold));
	}

	@Test
	void winsByPersonCountsOfficialNominationsAndEveryWin() {
		PersonTally before = this.queries.winsByPerson("oscars-97", pageable(0, 1, StatsQueries.WINS_BY_PERSON))
			.getContent()
			.get(0);
		UnofficialNominations.add(this.em, "sean-baker", "anora-2024");
		PersonTally after = this.queries.winsByPerson("oscars-97", pageable(0, 1, StatsQueries.WINS_BY_PERSON))
			.getContent()
			.get(0);
		assertThat(after.person().slug()).isEqualTo(before.person().slug()).isEqualTo("sean-baker");
		assertThat(after.wins()).isEqualTo(before.wins() + 1);
		assertThat(after.nominations()).isEqualTo(before.nominations() + 1);
		assertThat(this.queries.nominationsOfPeople("oscars-97", List.of(after.person().id())))
			.extracting((row) -> row.category().slug())
			.containsExactly("best-picture", "cinematography", "directing", "film-editing",
					"writing-original-screenplay");
	}

	@Test
	void nominationsOfPeopleListsSeanBakersFourCategoriesWithAnora() {
		long seanBaker = this.people.findBySlug("sean-baker").orElseThrow().getId();
		List<NominationRow> rows = this.queries.nominationsOfPeople("oscars-97", List.of(seanBaker));
		assertThat(rows)
			.extracting((row) -> row.category().slug(), NominationRow::won, (row) -> row.film().slug(),
					NominationRow::owner)
			.containsExactly(tuple("best-picture", true, "anora-2024", seanBaker),
					tuple("directing", true, "anora-2024", seanBaker),
					tuple("film-editing", true, "anora-2024", seanBaker),
					tuple("writing-original-screenplay", true, "anora-2024", seanBaker));
	}

	@Test
	void nominationsOfPeopleKeepsNominationsWithoutFilms() {
		long richardCurtis = this.people.findBySlug("richard-curtis").orElseThrow().getId();
		List<NominationRow> rows = this.queries.nominationsOfPeople("oscars-97", List.of(richardCurtis));
		assertThat(rows).singleElement().satisfies((row) -> {
			assertThat(row.category().slug()).isEqualTo("jean-hersholt-humanitarian-award");
			assertThat(row.film()).isNull();
		});
	}

	@Test
	void winsByFilmPutsAnoraFirst() {
		Page<FilmWins> page = this.queries.winsByFilm("oscars-97", pageable(0, 2, StatsQueries.WINS_BY_FILM));
		assertThat(page.getContent()).first().satisfies((first) -> {
			assertThat(first.film().slug()).isEqualTo("anora-2024");
			assertThat(first.film().title()).isEqualTo("Anora");
			assertThat(first.film().year()).isEqualTo(2024);
			assertThat(first.wins()).isEqualTo(5);
			assertThat(first.nominations()).isEqualTo(6);
		});
		assertThat(page.getTotalElements()).isEqualTo(50);
	}

	@Test
	void winsByCeremonyListsSeanBakersCeremoniesNewestFirst() {
		long seanBaker = this.people.findBySlug("sean-baker").orElseThrow().getId();
		Page<CeremonyTally> page = this.queries.winsByCeremony(String.valueOf(seanBaker),
				pageable(0, 20, StatsQueries.WINS_BY_CEREMONY));
		assertThat(page.getContent())
			.extracting((tally) -> tally.ceremony().slug(), (tally) -> tally.award().slug(), CeremonyTally::wins,
					CeremonyTally::nominations)
			.containsExactly(tuple("oscars-97", "oscars", 4L, 4L), tuple("cannes-77", "cannes", 1L, 1L));
		assertThat(page.getTotalElements()).isEqualTo(2);
	}

	@Test
	void nominationsAtCeremoniesBelongToTheirCeremony() {
		long seanBaker = this.people.findBySlug("sean-baker").orElseThrow().getId();
		long cannes77 = ceremonyId("cannes-77");
		List<NominationRow> rows = this.queries.nominationsAtCeremonies("sean-baker", List.of(cannes77));
		assertThat(rows).extracting(NominationRow::owner, (row) -> row.category().slug(), NominationRow::won)
			.containsExactly(tuple(cannes77, "palme-d-or", true));
	}

	@Test
	void winsByPersonPerCeremonyWithFourCompetitiveWins() {
		Page<PersonCeremonyTally> page = winsByPersonPerCeremony(new WinsFilter(null, null, null, 4, true));
		assertThat(page.getContent())
			.extracting((tally) -> tally.person().slug(), (tally) -> tally.ceremony().slug(),
					(tally) -> tally.award().slug(), PersonCeremonyTally::wins, PersonCeremonyTally::nominations)
			.containsExactly(tuple("walt-disney", "oscars-26", "oscars", 4L, 6L),
					tuple("sean-baker", "oscars-97", "oscars", 4L, 4L));
		assertThat(page.getTotalElements()).isEqualTo(2);
	}

	@Test
	void winsByPersonPerCeremonyFilters() {
		assertThat(winsByPersonPerCeremony(new WinsFilter("cannes", null, null, 1, false)).getContent())
			.extracting((tally) -> tally.person().slug(), (tally) -> tally.ceremony().slug())
			.containsExactly(tuple("sean-baker", "cannes-77"));
		String seanBaker = String.valueOf(this.people.findBySlug("sean-baker").orElseThrow().getId());
		assertThat(winsByPersonPerCeremony(new WinsFilter(null, null, seanBaker, 1, false)).getContent())
			.extracting((tally) -> tally.ceremony().slug())
			.containsExactly("oscars-97", "cannes-77");
		assertThat(winsByPersonPerCeremony(new WinsFilter("oscars", "oscars-26", null, 1, false)).getContent())
			.extracting((tally) -> tally.person().slug())
			.containsExactly("walt-disney");
		assertThat(winsByPersonPerCeremony(new WinsFilter("cannes", "oscars-97", null, 1, false))).isEmpty();
		assertThat(winsByPersonPerCeremony(new WinsFilter("emmys", null, null, 1, false))).isEmpty();
		assertThat(winsByPersonPerCeremony(new WinsFilter(null, "999999", null, 1, false))).isEmpty();
	}

	@Test
	void winsByPersonPerCeremonyLeavesOutSpecialAwardsWhenCompetitiveOnly() {
		assertThat(winsByPersonPerCeremony(new WinsFilter(null, null, "richard-curtis", 1, false)).getContent())
			.extracting((tally) -> tally.ceremony().slug(), PersonCeremonyTally::wins)
			.containsExactly(tuple("oscars-97", 1L));
		assertThat(winsByPersonPerCeremony(new WinsFilter(null, null, "richard-curtis", 1, true))).isEmpty();
	}

	@Test
	void winsByPersonPerCeremonyCountsEveryGroup() {
		Page<PersonCeremonyTally> firstOfAll = this.queries.winsByPersonPerCeremony(WinsFilter.unfiltered(1),
				pageable(0, 1, StatsQueries.WINS_BY_PERSON_PER_CEREMONY));
		Page<PersonCeremonyTally> all = this.queries.winsByPersonPerCeremony(WinsFilter.unfiltered(1),
				pageable(0, 200, StatsQueries.WINS_BY_PERSON_PER_CEREMONY));
		assertThat(firstOfAll.getTotalElements()).isEqualTo(all.getContent().size());
		assertThat(all.getContent()).allSatisfy((tally) -> assertThat(tally.wins()).isPositive());
	}

	@Test
	void winsByPersonPerCeremonySortsByEachPropertyBothWays() {
		Map<String, Comparator<PersonCeremonyTally>> orders = Map.of("wins",
				Comparator.comparingLong(PersonCeremonyTally::wins), "nominations",
				Comparator.comparingLong(PersonCeremonyTally::nominations), "date",
				Comparator.comparing((PersonCeremonyTally tally) -> tally.ceremony().date()), "name",
				Comparator.comparing((PersonCeremonyTally tally) -> Slugs.fold(tally.person().name())));
		assertThat(orders).containsOnlyKeys(StatsQueries.WINS_BY_PERSON_PER_CEREMONY.allowed().keySet());
		orders.forEach((property, order) -> {
			for (Sort.Direction direction : Sort.Direction.values()) {
				List<PersonCeremonyTally> rows = this.queries
					.winsByPersonPerCeremony(WinsFilter.unfiltered(1), PageRequest.of(0, 200, direction, property))
					.getContent();
				assertThat(rows).as("%s %s", property, direction)
					.hasSizeGreaterThan(10)
					.isSortedAccordingTo(direction.isAscending() ? order : order.reversed());
			}
		});
	}

	@Test
	void winsByPersonPerCeremonyPagesAreSlicesOfTheWhole() {
		Pageable whole = pageable(0, 200, StatsQueries.WINS_BY_PERSON_PER_CEREMONY);
		List<PersonCeremonyTally> all = this.queries.winsByPersonPerCeremony(WinsFilter.unfiltered(1), whole)
			.getContent();
		Page<PersonCeremonyTally> third = this.queries.winsByPersonPerCeremony(WinsFilter.unfiltered(1),
				pageable(2, 5, StatsQueries.WINS_BY_PERSON_PER_CEREMONY));
		assertThat(third.getContent()).isEqualTo(all.subList(10, 15));
		assertThat(third.getTotalElements()).isEqualTo(all.size());
	}

	@Test
	void winsByPersonPerCeremonyTakesTheAwardAndCeremonyByIdAsBySlug() {
		String oscars = String.valueOf(this.awards.findBySlug("oscars").orElseThrow().getId());
		String oscars26 = String.valueOf(ceremonyId("oscars-26"));
		assertThat(winsByPersonPerCeremony(new WinsFilter(oscars, oscars26, null, 1, false)).getContent())
			.isEqualTo(winsByPersonPerCeremony(new WinsFilter("oscars", "oscars-26", null, 1, false)).getContent())
			.isNotEmpty();
		assertThat(winsByPersonPerCeremony(new WinsFilter(oscars, null, null, 1, false)).getContent())
			.extracting((tally) -> tally.award().slug())
			.containsOnly("oscars");
	}

	@Test
	void wonFilmsAreTheFilmsOfTheWinningNominations() {
		long waltDisney = this.people.findBySlug("walt-disney").orElseThrow().getId();
		List<StatsQueries.WonFilmRow> rows = this.queries.wonFilms(WinsFilter.unfiltered(1), List.of(waltDisney),
				List.of(ceremonyId("oscars-26")));
		assertThat(rows).extracting((row) -> row.film().slug())
			.containsExactlyInAnyOrder("the-living-desert-1953", "the-alaskan-eskimo-1953",
					"toot-whistle-plunk-and-boom-1953", "bear-country-1953")
			.doesNotContain("rugged-bear-1953", "ben-and-me-1953");
		assertThat(rows).extracting(StatsQueries.WonFilmRow::film).doesNotContainNull();
		assertThat(rows).extracting((row) -> row.film().title()).isSortedAccordingTo(String::compareTo);
	}

	private Page<PersonCeremonyTally> winsByPersonPerCeremony(WinsFilter filter) {
		return this.queries.winsByPersonPerCeremony(filter, pageable(0, 20, StatsQueries.WINS_BY_PERSON_PER_CEREMONY));
	}

	private long ceremonyId(String slug) {
		return this.ceremonies.findBySlug(slug).orElseThrow().getId();
	}

	private static Pageable pageable(int page, int size, StatsSort sort) {
		return PageRequest.of(page, size, sort.defaultSort());
	}

}
