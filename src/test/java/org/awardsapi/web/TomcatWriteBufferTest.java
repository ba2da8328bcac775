package org.awardsapi.web;

import org.apache.catalina.connector.Connector;
import org.awardsapi.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running Tomcat writes an answer of up to 32 KB to the socket at once.
 */
@ApiIntegrationTest
class TomcatWriteBufferTest {

	@Autowired
	WebServerApplicationContext context;

	@Test
	void theConnectorsWriteBufferIs32Kb() {
		Connector connector = ((TomcatWebServer) this.context.getWebServer()).getTomcat().getConnector();
		assertThat(connector.getProperty("socket.appWriteBufSize")).isEqualTo(String.valueOf(32 * 1024));
	}

}
