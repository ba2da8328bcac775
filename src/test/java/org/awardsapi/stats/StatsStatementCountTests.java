package org.awardsapi.stats;

import java.util.function.IntFunction;

import javax.sql.DataSource;
import org.awardsapi.ApiIntegrationTest;
import org.awardsapi.SqlStatements;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every statistics page costs at most three statements whatever its size: the page, its
 * count (only when the page does not tell the total, as a short first page does), and one
 * batched query for the lists of its rows; the {@code {id}} is matched in the queries,
 * not looked up first. No N+1.
 */
@ApiIntegrationTest
class StatsStatementCountTests {

	@Autowired
	private StatsService stats;

	@Autowired
	private DataSource dataSource;

	@Test
	void winsByPersonIsPageCountAndOneBatch() {
		assertStatements(3,
				(size) -> this.stats.winsByPerson("oscars-97", pageable(size, StatsQueries.WINS_BY_PERSON)));
	}

	@Test
	void winsByFilmIsPageAndCount() {
		assertStatements(2, (size) -> this.stats.winsByFilm("oscars-97", pageable(size, StatsQueries.WINS_BY_FILM)));
	}

	@Test
	void winsByCeremonyIsPageCountAndOneBatch() {
		assertStatements(3,
				(size) -> this.stats.winsByCeremony("sean-baker", pageable(size, StatsQueries.WINS_BY_CEREMONY)));
	}

	@Test
	void winsByPersonPerCeremonyIsPageCountAndOneBatch() {
		assertStatements(3, (size) -> this.stats.winsByPersonPerCeremony(WinsFilter.unfiltered(1),
				pageable(size, StatsQueries.WINS_BY_PERSON_PER_CEREMONY)));
		assertStatements(3, (size) -> this.stats.winsByPersonPerCeremony(new WinsFilter("oscars", null, null, 1, true),
				pageable(size, StatsQueries.WINS_BY_PERSON_PER_CEREMONY)));
	}

	/**
	 * @param one the statements of a page of 1 (a full first page, so counted); a page of
	 * 50 costs no more
	 */
	private void assertStatements(long one, IntFunction<Page<?>> pageOfSize) {
		SqlStatements statements = new SqlStatements(this.dataSource);
		Page<?>[] pages = new Page<?>[2];
		long ofOne = statements.count(() -> pages[0] = pageOfSize.apply(1));
		long ofFifty = statements.count(() -> pages[1] = pageOfSize.apply(50));
		assertThat(pages[0].getNumberOfElements()).isOne();
		assertThat(pages[1].getNumberOfElements()).isGreaterThan(1);
		assertThat(ofOne).as("statements of a page of 1").isEqualTo(one).isLessThanOrEqualTo(3);
		assertThat(ofFifty).as("statements of a page of 50").isLessThanOrEqualTo(ofOne);
	}

	private static Pageable pageable(int size, StatsSort sort) {
		return PageRequest.of(0, size, sort.defaultSort());
	}

}
