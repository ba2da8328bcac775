package org.awardsapi.security;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A right password is checked with bcrypt once; a wrong one every time, and never lets
 * in.
 */
class VerifiedCredentialsTest {

	private final AtomicInteger checks = new AtomicInteger();

	/** Stands for bcrypt: alice's password is "right". */
	private final AuthenticationProvider bcrypt = new AuthenticationProvider() {

		@Override
		public Authentication authenticate(Authentication authentication) throws AuthenticationException {
			VerifiedCredentialsTest.this.checks.incrementAndGet();
			if (!"alice".equals(authentication.getName()) || !"right".equals(authentication.getCredentials())) {
				throw new BadCredentialsException("Bad credentials");
			}
			return UsernamePasswordAuthenticationToken.authenticated("alice", null,
					AuthorityUtils.createAuthorityList("ROLE_EDITOR"));
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
		}

	};

	private final VerifiedCredentials provider = new VerifiedCredentials(this.bcrypt);

	@Test
	void aRightPasswordIsCheckedOnceThenRemembered() {
		for (int i = 0; i < 5; i++) {
			Authentication signedIn = this.provider.authenticate(attempt("alice", "right"));
			assertThat(signedIn.isAuthenticated()).isTrue();
			assertThat(signedIn.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_EDITOR");
		}
		assertThat(this.checks).hasValue(1);
	}

	@Test
	void aWrongPasswordIsCheckedEveryTimeEvenAfterTheRightOne() {
		this.provider.authenticate(attempt("alice", "right"));
		for (int i = 0; i < 3; i++) {
			assertThatExceptionOfType(BadCredentialsException.class)
				.isThrownBy(() -> this.provider.authenticate(attempt("alice", "wrong")));
		}
		assertThatExceptionOfType(BadCredentialsException.class)
			.isThrownBy(() -> this.provider.authenticate(attempt("bob", "right")));
		// The name and password are one key: "alice" + "right" is not "alic" + "eright"
		assertThatExceptionOfType(BadCredentialsException.class)
			.isThrownBy(() -> this.provider.authenticate(attempt("alic", "eright")));
		assertThat(this.checks).hasValue(6);
	}

	private static UsernamePasswordAuthenticationToken attempt(String name, String password) {
		return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
	}

}
