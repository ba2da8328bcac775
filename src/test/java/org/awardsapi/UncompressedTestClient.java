package org.awardsapi;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.resttestclient.autoconfigure.RestTestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;

/**
 * The tests' {@code RestTestClient} asks for answers as they are: Spring's JDK client
 * asks for gzip by default and unpacks it out of sight, which would leave every test of a
 * tag, a length or a byte not testing what it says. A test of compression names
 * {@code Accept-Encoding} itself, and reads the bytes with a client that does not unpack
 * them ({@code web.CompressionTest}).
 */
@AutoConfiguration
public class UncompressedTestClient {

	@Bean
	RestTestClientBuilderCustomizer identityEncoding() {
		return (builder) -> builder.defaultHeader(HttpHeaders.ACCEPT_ENCODING, "identity");
	}

}
