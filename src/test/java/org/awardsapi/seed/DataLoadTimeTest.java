package org.awardsapi.seed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import org.awardsapi.SeededJpaTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a data set was loaded is a moment, the same whatever time zone a session reads it
 * in (V24).
 */
@SeededJpaTest
class DataLoadTimeTest {

	@Autowired
	EntityManager entityManager;

	@Autowired
	DataSource dataSource;

	@Test
	void theMomentOfALoadIsTheSameInAnyTimeZone() throws SQLException {
		Instant loaded = this.entityManager.find(DataLoad.class, Seeds.OSCARS_97_NAME).getLoadedAt();
		for (String zone : new String[] { "Pacific/Kiritimati", "Pacific/Pago_Pago" }) {
			assertThat(readIn(zone)).as(zone).isEqualTo(loaded.truncatedTo(ChronoUnit.MICROS));
		}
	}

	private Instant readIn(String zone) throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				Statement session = connection.createStatement()) {
			session.execute("set time zone '" + zone + "'");
			try (PreparedStatement select = connection
				.prepareStatement("select loaded_at from data_load where name = ?")) {
				select.setString(1, Seeds.OSCARS_97_NAME);
				try (ResultSet row = select.executeQuery()) {
					assertThat(row.next()).isTrue();
					return row.getObject(1, OffsetDateTime.class).toInstant();
				}
			}
			finally {
				// The connection goes back to the pool as it came
				session.execute("set time zone local");
			}
		}
	}

}
