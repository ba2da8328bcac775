package org.awardsapi.security;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HashPasswordCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void printsABcryptHashOfThePasswordOnStandardInput() {
		int status = run("correct horse battery staple\n");
		assertThat(status).isZero();
		String hash = this.out.toString(StandardCharsets.UTF_8).strip();
		assertThat(hash).matches("\\{bcrypt}\\$2a\\$10\\$[./A-Za-z0-9]{53}");
		assertThat(Editors.passwordEncoder().matches("correct horse battery staple", hash)).isTrue();
		assertThat(Editors.passwordEncoder().matches("correct horse", hash)).isFalse();
	}

	@Test
	void withoutAPasswordItSaysHowToUseIt() {
		assertThat(run("")).isEqualTo(HashPasswordCommand.USAGE);
		assertThat(this.out.toString(StandardCharsets.UTF_8)).isEmpty();
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("usage");
	}

	private int run(String input) {
		return HashPasswordCommand.run(null, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
				new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

}
