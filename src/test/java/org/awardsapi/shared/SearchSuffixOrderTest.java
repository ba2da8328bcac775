package org.awardsapi.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.awardsapi.SeededJpaTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query word is looked up in the search suffixes as the range from the word to
 * {@link Slugs#after(String)}: on every database that range holds the suffixes that start
 * with the word and no other, words that end in {@code z} or {@code 9} included (the end
 * of their range is a punctuation mark, which a language's collation would weigh as
 * nothing). PostgreSQL is told to compare them by code point
 * ({@link V23__Search_suffixes_in_code_point_order}).
 */
@SeededJpaTest
class SearchSuffixOrderTest {

	@Autowired
	DataSource dataSource;

	@ParameterizedTest
	@ValueSource(strings = { "person_search", "film_search" })
	void theRangeOfAWordHoldsTheSuffixesThatStartWithIt(String table) throws SQLException {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		List<String> all = jdbc.queryForList("select suffix from " + table, String.class);
		List<String> words = all.stream().filter((s) -> s.endsWith("z") || s.endsWith("9")).distinct().toList();
		assertThat(words).isNotEmpty();
		for (String word : words) {
			assertThat(jdbc.queryForList("select suffix from " + table + " where suffix >= ? and suffix < ?",
					String.class, word, Slugs.after(word)))
				.as(word)
				.containsExactlyInAnyOrderElementsOf(all.stream().filter((s) -> s.startsWith(word)).toList());
		}
		try (Connection connection = this.dataSource.getConnection()) {
			if (Databases.isPostgreSQL(connection)) {
				assertThat(jdbc.queryForObject(
						"select collation_name from information_schema.columns"
								+ " where table_schema = current_schema and table_name = ? and column_name = 'suffix'",
						String.class, table))
					.isEqualTo("C");
			}
		}
	}

}
