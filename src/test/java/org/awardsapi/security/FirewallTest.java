package org.awardsapi.security;

import java.util.Collections;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The firewall checks every header once, as the request comes in; what it lets through is
 * then read as it was sent.
 */
class FirewallTest {

	private final HttpFirewall firewall = new WebSecurity().httpFirewall();

	@Test
	void aHeaderWithAControlCharacterIsRefusedAsTheRequestComesIn() {
		MockHttpServletRequest request = get();
		request.addHeader("X-Note", "bad\u0007value");

		assertThatExceptionOfType(RequestRejectedException.class)
			.isThrownBy(() -> this.firewall.getFirewalledRequest(request));
	}

	@Test
	void theHeadersOfARequestLetThroughAreReadAsSent() {
		MockHttpServletRequest request = get();
		request.addHeader("If-None-Match", "\"v1\"");
		request.addHeader("If-None-Match", "\"v2\"");
		request.addHeader("If-Modified-Since", "Sun, 02 Mar 2025 00:00:00 GMT");
		request.addHeader("X-Count", "42");

		FirewalledRequest firewalled = this.firewall.getFirewalledRequest(request);

		assertThat(firewalled.getHeader("if-none-match")).isEqualTo("\"v1\"");
		assertThat(Collections.list(firewalled.getHeaders("If-None-Match"))).containsExactly("\"v1\"", "\"v2\"");
		assertThat(Collections.list(firewalled.getHeaderNames())).containsExactly("If-None-Match", "If-Modified-Since",
				"X-Count");
		assertThat(firewalled.getDateHeader("If-Modified-Since")).isEqualTo(1740873600000L);
		assertThat(firewalled.getIntHeader("X-Count")).isEqualTo(42);
		assertThat(firewalled.getHeader("Accept")).isNull();
		assertThat(firewalled.getRequestURI()).isEqualTo("/api/films");
	}

	@Test
	void aHeaderIsCheckedOnceAsTheRequestComesInNotAgainAtEachRead() {
		MockHttpServletRequest request = get();
		FirewalledRequest firewalled = this.firewall.getFirewalledRequest(request);
		// only a header that was not there when the request came in can tell: Spring's
		// strict firewall would refuse it here, at the read
		request.addHeader("X-Note", "bad\u0007value");

		assertThat(firewalled.getHeader("X-Note")).isEqualTo("bad\u0007value");
	}

	@Test
	void itLetsThroughTheCharactersOfSpringsStrictFirewallPatternsOneByOne() {
		// The patterns StrictHttpFirewall matches header names and values with by default
		Pattern names = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
		Pattern values = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");
		int refusedNames = 0;
		for (int c = 0; c <= Character.MAX_CODE_POINT; c += (c < 0x30000) ? 1 : 97) {
			String text = "a" + Character.toString(c) + "b";
			boolean name = WebSecurity.assignedAndNotControl(text, false);
			assertThat(name).as("U+%04X in a name", c).isEqualTo(names.matcher(text).matches());
			assertThat(WebSecurity.assignedAndNotControl(text, true)).as("U+%04X in a value", c)
				.isEqualTo(values.matcher(text).matches());
			refusedNames += name ? 0 : 1;
		}
		assertThat(refusedNames).isGreaterThan(1000);
		assertThat(WebSecurity.assignedAndNotControl("\ud800 lone surrogate", false))
			.isEqualTo(names.matcher("\ud800 lone surrogate").matches());
	}

	@Test
	void aTabIsAllowedInAHeaderValueButNotInAName() {
		MockHttpServletRequest value = get();
		value.addHeader("X-Note", "a\tb");
		MockHttpServletRequest name = get();
		name.addHeader("X\tNote", "ab");

		assertThat(this.firewall.getFirewalledRequest(value).getHeader("X-Note")).isEqualTo("a\tb");
		assertThatExceptionOfType(RequestRejectedException.class)
			.isThrownBy(() -> this.firewall.getFirewalledRequest(name));
	}

	private static MockHttpServletRequest get() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/films");
		request.setServletPath("/api/films");
		return request;
	}

}
