package org.awardsapi.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.awardsapi.WritingApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Names as long as a body may give them, in characters that fold into several letters
 * each, are written and found: their folded text fitted no column before (a 500).
 */
@WritingApiTest
class LongNamesTest {

	/** The ligature ﬃ: it folds into three letters. */
	private static final String FFI = "\uFB03";

	RestTestClient client;

	@Autowired
	void signInAsEditor(RestTestClient client) {
		this.client = Editor.signIn(client);
	}

	@Test
	void aPersonWithFiftyLongOtherNamesIsWrittenAndFoundByTheLast() {
		List<String> otherNames = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			otherNames.add(("Other name " + i + " " + FFI.repeat(290)).substring(0, 295) + " w" + i);
		}
		String person = Editor.create(this.client, "/api/people",
				Map.of("slug", "long-other-names", "name", FFI.repeat(300), "otherNames", otherNames));
		try {
			this.client.get()
				.uri("/api/people?q={q}", "other name 49 w49")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.content[*].slug")
				.isEqualTo(List.of("long-other-names"));
		}
		finally {
			this.client.delete().uri(person).header(HttpHeaders.IF_MATCH, "*").exchange();
		}
	}

	@Test
	void aFilmOfOneLongWordIsWrittenAndFoundByAQueryWordLongerThanTheIndexHolds() {
		String title = FFI.repeat(500);
		String film = Editor.create(this.client, "/api/films", Map.of("slug", "one-long-word", "title", title));
		String company = Editor.create(this.client, "/api/companies",
				Map.of("slug", "one-long-name", "name", FFI.repeat(300)));
		try {
			// 150 letters: the index finds its first hundred, the text the whole word
			for (String q : List.of("ffi".repeat(50), "iff".repeat(50))) {
				this.client.get()
					.uri("/api/films?q={q}", q)
					.exchange()
					.expectBody()
					.jsonPath("$.content[*].slug")
					.isEqualTo(List.of("one-long-word"));
			}
			this.client.get()
				.uri("/api/films?q={q}", "ffi".repeat(33) + "fx" + "ffi".repeat(16))
				.exchange()
				.expectBody()
				.jsonPath("$.content")
				.isEmpty();
			this.client.get()
				.uri("/api/companies?q={q}", "ffiffi")
				.exchange()
				.expectBody()
				.jsonPath("$.content[*].slug")
				.isEqualTo(List.of("one-long-name"));
		}
		finally {
			this.client.delete().uri(film).header(HttpHeaders.IF_MATCH, "*").exchange();
			this.client.delete().uri(company).header(HttpHeaders.IF_MATCH, "*").exchange();
		}
	}

}
