package org.awardsapi.stats;

import java.util.function.IntFunction;

import jakarta.persistence.EntityManagerFactory;
import org.awardsapi.ApiIntegrationTest;
import org.awardsapi.SqlStatements;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every statistics page costs the same statements whatever its size: no N+1.
 */
@ApiIntegrationTest
class StatsStatementCountTests {

	@Autowired
	private StatsService stats;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Test
	void winsByPersonIsLookupPageCountAndOneBatch() {
		assertStatements(4,
				(size) -> this.stats.winsByPerson("oscars-97", pageable(size, StatsQueries.WINS_BY_PERSON)));
	}

	@Test
	void winsByFilmIsLookupPageAndCount() {
		assertStatements(3, (size) -> this.stats.winsByFilm("oscars-97", pageable(size, StatsQueries.WINS_BY_FILM)));
	}

	@Test
	void winsByCeremonyIsLookupPageCountAndOneBatch() {
		assertStatements(4,
				(size) -> this.stats.winsByCeremony("sean-baker", pageable(size, StatsQueries.WINS_BY_CEREMONY)));
	}

	@Test
	void winsByPersonPerCeremonyIsPageCountAndOneBatch() {
		assertStatements(3, (size) -> this.stats.winsByPersonPerCeremony(WinsFilter.unfiltered(1),
				pageable(size, StatsQueries.WINS_BY_PERSON_PER_CEREMONY)));
		assertStatements(3, (size) -> this.stats.winsByPersonPerCeremony(new WinsFilter("oscars", null, null, 1, true),
				pageable(size, StatsQueries.WINS_BY_PERSON_PER_CEREMONY)));
	}

	private void assertStatements(long expected, IntFunction<Page<?>> pageOfSize) {
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		Page<?>[] pages = new Page<?>[2];
		long one = statements.count(() -> pages[0] = pageOfSize.apply(1));
		long fifty = statements.count(() -> pages[1] = pageOfSize.apply(50));
		assertThat(pages[0].getNumberOfElements()).isOne();
		assertThat(pages[1].getNumberOfElements()).isGreaterThan(1);
		assertThat(fifty).isEqualTo(one).isEqualTo(expected);
	}

	private static Pageable pageable(int size, StatsSort sort) {
		return PageRequest.of(0, size, sort.defaultSort());
	}

}
