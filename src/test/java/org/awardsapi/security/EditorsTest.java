package org.awardsapi.security;

import java.util.List;
import java.util.Map;

import org.awardsapi.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

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
			assertThatExceptionOfType(BadCredentialsException.class)
				.isThrownBy(() -> signIn(context, "user", TestUsers.EDITOR_PASSWORD));
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
				assertThat(roles(signIn(context, "bob", TestUsers.EDITOR_PASSWORD))).isEmpty();
				assertThat(output.getOut()).contains(Editors.NO_EDITOR_WARNING);
			});
	}

	@Test
	void anEditorSignsInWithTheBcryptHashedPassword(CapturedOutput output) {
		this.runner
			.withPropertyValues("awards.security.users[0].name=alice",
					"awards.security.users[0].password-hash=" + ALICE_HASH, "awards.security.users[0].roles=EDITOR")
			.run((context) -> {
				Authentication alice = signIn(context, "alice", TestUsers.EDITOR_PASSWORD);
				assertThat(roles(alice)).containsExactly("ROLE_EDITOR");
				assertThatExceptionOfType(BadCredentialsException.class)
					.isThrownBy(() -> signIn(context, "alice", "wrong"));
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
			.run((context) -> assertThat(roles(signIn(context, "alice", TestUsers.EDITOR_PASSWORD)))
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

	private static Authentication signIn(ApplicationContext context, String name, String password) {
		return context.getBean(AuthenticationProvider.class)
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, password));
	}

	/** The roles, without the factors (FACTOR_PASSWORD) Spring Security adds. */
	private static List<String> roles(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.map(Object::toString)
			.filter((authority) -> authority.startsWith("ROLE_"))
			.toList();
	}

}
