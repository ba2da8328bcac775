package org.awardsapi.security;

import java.util.Map;

import org.awardsapi.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The users, from configuration only: bcrypt hashes or no start at all, no default user,
 * and a warning at start when nobody may write.
 */
@ExtendWith(OutputCaptureExtension.class)
class EditorsTest {

	private static final String ALICE_HASH = "{bcrypt}$2a$04$5yZQ9T5wYTDyJ4wcajIdGuLJ0e5LHjXWBxaiRhKaCrzMn93Ri66hS";

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withUserConfiguration(Editors.class);

	@Test
	void withNoUserThereIsNoDefaultOneAndTheLogSaysWritesAreClosedOnce(CapturedOutput output) {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThatExceptionOfType(UsernameNotFoundException.class)
				.isThrownBy(() -> context.getBean(UserDetailsService.class).loadUserByUsername("user"));
			assertThat(output.getOut().split(java.util.regex.Pattern.quote(Editors.NO_EDITOR_WARNING), -1))
				.as("the warning, once")
				.hasSize(2);
			assertThat(output.getOut()).contains("WARN").doesNotContain("generated security password");
		});
	}

	@Test
	void usersWithoutTheEditorRoleLeaveWritesClosed(CapturedOutput output) {
		this.runner
			.withPropertyValues("awards.security.users[0].name=bob",
					"awards.security.users[0].password-hash=" + ALICE_HASH)
			.run((context) -> {
				assertThat(context.getBean(UserDetailsService.class).loadUserByUsername("bob").getAuthorities())
					.isEmpty();
				assertThat(output.getOut()).contains(Editors.NO_EDITOR_WARNING);
			});
	}

	@Test
	void anEditorSignsInWithTheBcryptHashedPassword(CapturedOutput output) {
		this.runner
			.withPropertyValues("awards.security.users[0].name=alice",
					"awards.security.users[0].password-hash=" + ALICE_HASH, "awards.security.users[0].roles=EDITOR")
			.run((context) -> {
				UserDetails alice = context.getBean(UserDetailsService.class).loadUserByUsername("alice");
				assertThat(alice.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_EDITOR");
				PasswordEncoder encoder = context.getBean(PasswordEncoder.class);
				assertThat(encoder.matches(TestUsers.EDITOR_PASSWORD, alice.getPassword())).isTrue();
				assertThat(encoder.matches("wrong", alice.getPassword())).isFalse();
				assertThat(output.getOut()).doesNotContain(Editors.NO_EDITOR_WARNING);
			});
	}

	@Test
	void theEnvironmentFormWorksToo() {
		Map<String, Object> environment = Map.of("AWARDS_SECURITY_USERS_0_NAME", "alice",
				"AWARDS_SECURITY_USERS_0_PASSWORDHASH", ALICE_HASH, "AWARDS_SECURITY_USERS_0_ROLES", "EDITOR");
		this.runner
			.withInitializer((context) -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new SystemEnvironmentPropertySource("test-systemEnvironment", environment)))
			.run((context) -> assertThat(
					context.getBean(UserDetailsService.class).loadUserByUsername("alice").getAuthorities())
				.extracting(Object::toString)
				.containsExactly("ROLE_EDITOR"));
	}

	@Test
	void aPlainTextPasswordStopsTheStartWithoutShowingIt() {
		this.runner
			.withPropertyValues("awards.security.users[0].name=alice",
					"awards.security.users[0].password-hash=my-plain-secret", "awards.security.users[0].roles=EDITOR")
			.run((context) -> {
				assertThat(context).hasFailed();
				String messages = messages(context.getStartupFailure());
				assertThat(messages).contains("awards.security.users[0].password-hash", "plain-text", "hash-password")
					.doesNotContain("my-plain-secret");
			});
	}

	@Test
	void anotherEncodingIsRefusedToo() {
		this.runner
			.withPropertyValues("awards.security.users[0].name=alice",
					"awards.security.users[0].password-hash={noop}my-plain-secret")
			.run((context) -> assertThat(context).hasFailed());
		this.runner
			.withPropertyValues("awards.security.users[0].name=alice",
					"awards.security.users[0].password-hash={bcrypt}my-plain-secret")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Test
	void namesAndRolesAreValidated() {
		this.runner
			.withPropertyValues("awards.security.users[0].name=al:ice",
					"awards.security.users[0].password-hash=" + ALICE_HASH)
			.run((context) -> assertThat(messages(context.getStartupFailure())).contains("name"));
		this.runner.withPropertyValues("awards.security.users[0].name=alice",
				"awards.security.users[0].password-hash=" + ALICE_HASH, "awards.security.users[0].roles=ROLE_EDITOR")
			.run((context) -> assertThat(context).hasFailed());
	}

	private static String messages(Throwable failure) {
		StringBuilder messages = new StringBuilder();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			messages.append(cause.getMessage()).append('\n');
		}
		return messages.toString();
	}

}
