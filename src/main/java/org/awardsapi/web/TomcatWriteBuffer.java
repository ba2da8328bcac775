package org.awardsapi.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.Assert;
import org.springframework.util.unit.DataSize;

/**
 * The size of the buffer Tomcat copies an answer into on its way to the socket
 * ({@code awards.http.write-buffer}, 32 KB by default; Tomcat's own is 8 KB). Tomcat
 * writes to the socket each time that buffer is full, so an answer of 19 KB (the winners
 * of a ceremony) took three writes; with 32 KB, every answer up to that size is one.
 * Alternating 8 KB and 32 KB three times each on one machine, the held answers of 19 KB
 * and of 11 KB were answered about a third more often, the static file of 453 bytes as
 * often (docs/benchmarks.md, "Tomcat's write buffer"). Each open connection holds one
 * such buffer (docs/decisions.md, "Tomcat").
 */
@Configuration(proxyBeanMethods = false)
class TomcatWriteBuffer {

	@Bean
	TomcatConnectorCustomizer writeBufferCustomizer(@Value("${awards.http.write-buffer:32KB}") DataSize size) {
		Assert.isTrue(size.toBytes() >= 1024 && size.toBytes() <= 1024 * 1024,
				() -> "awards.http.write-buffer must be from 1KB to 1MB, not " + size);
		// Tomcat says whether its socket settings took the value: a start that would
		// silently keep 8 KB stops here instead
		return (connector) -> Assert.state(
				connector.setProperty("socket.appWriteBufSize", Long.toString(size.toBytes())),
				"Tomcat did not take socket.appWriteBufSize");
	}

}
