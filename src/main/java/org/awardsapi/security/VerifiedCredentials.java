package org.awardsapi.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * HTTP Basic sends the password with every request, and bcrypt is slow on purpose (about
 * 100 ms of CPU at cost 10): checked on every write, it would be most of a write's cost.
 * This provider checks a user name and password with bcrypt once, then remembers for
 * {@link #REMEMBER} that they were right: the next request with the same two costs one
 * HMAC.
 * <p>
 * What it keeps is an HMAC-SHA256 of the name and password under a random key made at
 * start and never written anywhere, so the memory of the process holds no password and
 * nothing to guess one from offline. Only successes are kept: a wrong password is checked
 * with bcrypt every time (and limited by the rate limits). Users change only with the
 * configuration, at a restart, which empties it.
 */
final class VerifiedCredentials implements AuthenticationProvider {

	static final Duration REMEMBER = Duration.ofMinutes(10);

	private static final String HMAC = "HmacSHA256";

	private final AuthenticationProvider bcrypt;

	private final SecretKeySpec key;

	private final Cache<String, Authentication> verified = Caffeine.newBuilder()
		.expireAfterWrite(REMEMBER)
		.maximumSize(10_000)
		.build();

	/**
	 * @param bcrypt the provider that checks a password against its bcrypt hash
	 */
	VerifiedCredentials(AuthenticationProvider bcrypt) {
		this.bcrypt = bcrypt;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, HMAC);
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		if (!(authentication instanceof UsernamePasswordAuthenticationToken)
				|| !(authentication.getCredentials() instanceof String password)) {
			return this.bcrypt.authenticate(authentication);
		}
		String key = mac(authentication.getName() + '\0' + password);
		Authentication known = this.verified.getIfPresent(key);
		if (known != null) {
			return known;
		}
		Authentication checked = this.bcrypt.authenticate(authentication);
		if (checked != null && checked.isAuthenticated()) {
			this.verified.put(key, checked);
		}
		return checked;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.bcrypt.supports(authentication);
	}

	private String mac(String text) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(this.key);
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is missing from this JVM", ex);
		}
	}

}
