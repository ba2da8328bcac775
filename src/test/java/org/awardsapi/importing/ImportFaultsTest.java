package org.awardsapi.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Arrays;

import javax.sql.DataSource;

import org.awardsapi.DatabaseFingerprint;
import org.awardsapi.SeededJpaTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Faulty files leave the database exactly as it was: its fingerprint (the rows of every
 * table, the data version, what was loaded) is the same after. Outside any test
 * transaction, so that the importer's own transaction is what is tested (these files
 * write nothing, so nothing is left for other tests).
 */
@SeededJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ImportFaultsTest {

	@Autowired
	OscarsImporter importer;

	@Autowired
	DataSource dataSource;

	@Test
	void theFixtureCutShortAtAnyPointInsideARowIsRejectedAndChangesNothing() throws Exception {
		byte[] file = OscarsImporterTest.fixture().readAllBytes();
		DatabaseFingerprint before = fingerprint();
		int header = indexOf(file, '\n', 0) + 1;
		int cuts = 0;
		for (int cut = header + 1; cut < file.length; cut++) {
			if (file[cut - 1] == '\n') {
				continue; // a shorter file of whole rows, not a cut row
			}
			byte[] cutShort = Arrays.copyOf(file, cut);
			assertThatExceptionOfType(ImportException.class).as("the fixture cut after byte %d", cut)
				.isThrownBy(() -> this.importer.importFile(new ByteArrayInputStream(cutShort), ImportProgress.NONE));
			cuts++;
		}
		assertThat(cuts).isGreaterThan(1000);
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void aBadRowInTheMiddleRejectsTheWholeFileAndChangesNothing() throws Exception {
		String[] lines = new String(OscarsImporterTest.fixture().readAllBytes(), StandardCharsets.UTF_8).split("\n");
		lines[10] = lines[10].replaceFirst("^\\d+\t", "eleven\t");
		byte[] bad = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
		DatabaseFingerprint before = fingerprint();
		assertThatExceptionOfType(ImportException.class)
			.isThrownBy(() -> this.importer.importFile(new ByteArrayInputStream(bad), ImportProgress.NONE))
			.withMessage("line 11: Ceremony 'eleven' is not a number from 1 to 999");
		assertThat(fingerprint()).isEqualTo(before);
	}

	private DatabaseFingerprint fingerprint() throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			return DatabaseFingerprint.of(connection);
		}
	}

	private static int indexOf(byte[] bytes, char c, int from) throws IOException {
		for (int i = from; i < bytes.length; i++) {
			if (bytes[i] == c) {
				return i;
			}
		}
		throw new IOException("no " + c);
	}

}
