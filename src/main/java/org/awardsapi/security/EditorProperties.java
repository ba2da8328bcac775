package org.awardsapi.security;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The users who may sign in, from {@code awards.security.users[i].name},
 * {@code .password-hash} and {@code .roles} (or {@code AWARDS_SECURITY_USERS_0_NAME}, …).
 * There is no default user: with none holding {@value Editors#EDITOR}, every write is
 * refused.
 * <p>
 * The password hash is checked for being a {@code {bcrypt}} hash by {@link Editors}, not
 * here: a Bean Validation failure report repeats the rejected value, and a plain-text
 * password must never reach the log.
 *
 * @param users the users
 */
@Validated
@ConfigurationProperties("awards.security")
record EditorProperties(@DefaultValue @NotNull List<@Valid User> users) {

	/**
	 * One user.
	 *
	 * @param name the user name sent in HTTP Basic (no colon: Basic splits there)
	 * @param passwordHash {@code {bcrypt}$2a$10$…}, as {@code hash-password} prints it
	 * @param roles role names such as {@code EDITOR}, without a {@code ROLE_} prefix
	 */
	record User(@NotBlank @Pattern(regexp = "[^:\\s]+", message = "must have no colon or space") String name,
			@NotBlank String passwordHash, @DefaultValue @NotNull List<@Pattern(regexp = "[A-Z][A-Z0-9_]*",
					message = "must be upper case letters, digits and _, without ROLE_") String> roles) {

	}

}
