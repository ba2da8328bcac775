package org.awardsapi.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The users who can sign in, from {@link EditorProperties}. Only {@code {bcrypt}} hashes
 * are accepted: a plain-text password (or any other encoding, such as {@code {noop}})
 * stops the application at start, with a message that names the property but never its
 * value. With no user holding {@value #EDITOR}, writes are closed, and a warning says so
 * once at start.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(EditorProperties.class)
class Editors {

	/** The role that may write. */
	static final String EDITOR = "EDITOR";

	static final String NO_EDITOR_WARNING = "No editor is configured (awards.security.users[…] with roles=EDITOR): "
			+ "every write is refused. README, section Editors, shows how to add one.";

	private static final Logger log = LoggerFactory.getLogger(Editors.class);

	/**
	 * {@code {bcrypt}} then the modular-crypt form: version, cost, 22 + 31 characters.
	 */
	private static final Pattern BCRYPT = Pattern.compile("\\{bcrypt}\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");

	@Bean
	static PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder()));
	}

	/**
	 * Checks passwords against their bcrypt hashes, once per user and password for a
	 * while ({@link VerifiedCredentials}). Hashes are never re-encoded (no upgrade to
	 * another cost): they are the configuration's. The users are not a bean of their own,
	 * so that Spring Security signs in through this provider alone.
	 */
	@Bean
	AuthenticationProvider authenticationProvider(EditorProperties properties, PasswordEncoder passwordEncoder) {
		DaoAuthenticationProvider bcrypt = new DaoAuthenticationProvider(users(properties));
		bcrypt.setPasswordEncoder(passwordEncoder);
		return new VerifiedCredentials(bcrypt);
	}

	private static UserDetailsService users(EditorProperties properties) {
		List<UserDetails> users = new ArrayList<>();
		for (int i = 0; i < properties.users().size(); i++) {
			EditorProperties.User user = properties.users().get(i);
			if (!BCRYPT.matcher(user.passwordHash()).matches()) {
				throw new IllegalStateException("awards.security.users[" + i + "].password-hash (user '" + user.name()
						+ "') is not a bcrypt hash of the form {bcrypt}$2a$10$…; refusing to start with a plain-text "
						+ "password. Make a hash with: java -jar awards-api.jar hash-password");
			}
			users.add(User.withUsername(user.name())
				.password(user.passwordHash())
				.roles(user.roles().toArray(String[]::new))
				.build());
		}
		if (properties.users().stream().noneMatch((user) -> user.roles().contains(EDITOR))) {
			log.warn(NO_EDITOR_WARNING);
		}
		return new InMemoryUserDetailsManager(users);
	}

}
