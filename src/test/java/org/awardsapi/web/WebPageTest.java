package org.awardsapi.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.awardsapi.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web page's files as the server sends them, and the rules they keep: API strings
 * reach the DOM only as text, and nothing is loaded from outside the app. The page
 * itself, in a browser, is {@link BrowserTest}.
 */
@ApiIntegrationTest
class WebPageTest {

	private static final List<String> FILES = List.of("index.html", "app.css", "js/app.js", "js/api.js", "js/dom.js",
			"js/views.js", "js/chart.js");

	private static final Pattern HTML_SINKS = Pattern
		.compile("innerHTML|outerHTML|insertAdjacentHTML|document\\.write|createContextualFragment");

	private static final Pattern OUTSIDE = Pattern.compile(
			"(src|href)\\s*=\\s*[\"']?(https?:)?//|url\\(\\s*[\"']?(https?:)?//|@import|fetch\\(\\s*[\"'`](https?:)?//");

	@Autowired
	RestTestClient client;

	@Test
	void servesThePageAtTheRoot() {
		this.client.get()
			.uri("/")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.value((html) -> assertThat(html).contains("<script type=\"module\" src=\"js/app.js\"></script>",
					"<link rel=\"stylesheet\" href=\"app.css\">", "<main id=\"main\"",
					"role=\"status\" aria-live=\"polite\">Loading…</p>"));
	}

	@Test
	void servesTheModulesAsJavaScript() {
		for (String module : List.of("/js/app.js", "/js/api.js", "/js/dom.js", "/js/views.js", "/js/chart.js")) {
			this.client.get()
				.uri(module)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.value("Content-Type", (type) -> assertThat(type).contains("javascript"));
		}
		this.client.get()
			.uri("/app.css")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith("text/css");
	}

	@Test
	void putsApiStringsIntoTheDomOnlyAsText() throws IOException {
		for (String file : FILES) {
			assertThat(HTML_SINKS.matcher(read(file)).find()).as("an HTML sink in %s", file).isFalse();
		}
	}

	@Test
	void loadsNothingFromOutsideTheApp() throws IOException {
		for (String file : FILES) {
			assertThat(OUTSIDE.matcher(read(file)).find()).as("an outside address in %s", file).isFalse();
		}
	}

	private static String read(String file) throws IOException {
		try (InputStream in = new ClassPathResource("static/" + file).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
