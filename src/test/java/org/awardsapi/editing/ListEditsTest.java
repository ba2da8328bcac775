package org.awardsapi.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awardsapi.WritingApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.ExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes that change only a list of a resource (a film's companies, a nomination's
 * nominees): the resource's version moves like for any other change, so that an editor
 * holding the tag from before is told it changed (412) and loses nobody's edit. And what
 * a list may hold once (a film's company role, a nomination's film, nominee or source, a
 * film's credit of a person for a job, a ceremony's presentation of a category by a
 * person) is refused the second time, whether written new or changed into it.
 */
@WritingApiTest
class ListEditsTest {

	private static final Pattern TAG = Pattern.compile("\"v\\d+\\.\\d+\\.(\\d+)\"");

	RestTestClient client;

	@Autowired
	void signInAsEditor(RestTestClient client) {
		this.client = Editor.signIn(client);
	}

	@Test
	void changingOnlyAFilmsCompaniesMovesItsVersion() {
		String company = create("/api/companies", Map.of("slug", "list-edits-films", "name", "List Edits Films"));
		String other = create("/api/companies", Map.of("slug", "list-edits-pictures", "name", "List Edits Pictures"));
		String film = create("/api/films", Map.of("slug", "list-edits-2024", "title", "List Edits", "year", 2024,
				"companies", List.of(Map.of("company", "list-edits-films", "role", "production"))));
		try {
			String before = etag(film);
			String afterPut = write(this.client.put(), film, before,
					Map.of("slug", "list-edits-2024", "title", "List Edits", "year", 2024, "companies",
							List.of(Map.of("company", "list-edits-pictures", "role", "production"))));
			assertThat(version(afterPut)).isEqualTo(version(before) + 1);
			String afterPatch = write(this.client.patch(), film, afterPut,
					Map.of("companies", List.of(Map.of("company", "list-edits-films", "role", "distribution"))));
			assertThat(version(afterPatch)).isEqualTo(version(afterPut) + 1);
			staleTagIsRefused(film, before, Map.of("companies", List.of()));
			this.client.get()
				.uri(film)
				.exchange()
				.expectBody()
				.jsonPath("$.companies[*].slug")
				.isEqualTo(List.of("list-edits-films"))
				.jsonPath("$.companies[*].role")
				.isEqualTo(List.of("distribution"));
		}
		finally {
			delete(film, company, other);
		}
	}

	@Test
	void changingOnlyANominationsNomineesMovesItsVersion() {
		String person = create("/api/people", Map.of("slug", "list-edits-nominee", "name", "List Edits Nominee"));
		String nomination = create("/api/nominations",
				Map.of("ceremony", "oscars-97", "category", "best-picture", "films", List.of("anora-2024"), "nominees",
						List.of(Map.of("country", "Nowhere")), "won", false, "official", false));
		try {
			String before = etag(nomination);
			String afterPatch = write(this.client.patch(), nomination, before,
					Map.of("nominees", List.of(Map.of("person", "list-edits-nominee"))));
			assertThat(version(afterPatch)).isEqualTo(version(before) + 1);
			staleTagIsRefused(nomination, before, Map.of("nominees", List.of(Map.of("country", "Elsewhere"))));
			this.client.get()
				.uri(nomination)
				.exchange()
				.expectBody()
				.jsonPath("$.nominees[*].name")
				.isEqualTo(List.of("List Edits Nominee"));
		}
		finally {
			delete(nomination, person);
		}
	}

	@Test
	void aWriteOfTheListsAsTheyAreLeavesTheTagAsItWas() {
		Map<String, Object> person = Map.of("slug", "list-edits-same", "name", "List Edits Same", "otherNames",
				List.of("L. E. Same", "Same"));
		Map<String, Object> company = Map.of("slug", "list-edits-same-co", "name", "List Edits Same Co");
		Map<String, Object> film = Map.of("slug", "list-edits-same-2024", "title", "List Edits Same", "year", 2024,
				"companies", List.of(Map.of("company", "list-edits-same-co", "role", "production"),
						Map.of("company", "list-edits-same-co", "role", "distribution")));
		Map<String, Object> nomination = Map.of("ceremony", "oscars-97", "category", "best-picture", "films",
				List.of("list-edits-same-2024", "anora-2024"), "nominees",
				List.of(Map.of("person", "list-edits-same"), Map.of("company", "list-edits-same-co"),
						Map.of("country", "Nowhere")),
				"sources", List.of("academy-97th-academy-awards"), "won", false, "official", false);
		List<String> uris = new ArrayList<>();
		try {
			uris.add(0, create("/api/people", person));
			uris.add(0, create("/api/companies", company));
			uris.add(0, create("/api/films", film));
			uris.add(0, create("/api/nominations", nomination));
			List<Map<String, Object>> bodies = List.of(nomination, film, company, person);
			for (int i = 0; i < uris.size(); i++) {
				String uri = uris.get(i);
				String tag = etag(uri);
				assertThat(write(this.client.put(), uri, tag, bodies.get(i))).as("PUT %s", uri).isEqualTo(tag);
				assertThat(write(this.client.patch(), uri, tag, Map.of())).as("PATCH %s", uri).isEqualTo(tag);
				assertThat(etag(uri)).as(uri).isEqualTo(tag);
			}
		}
		finally {
			delete(uris.toArray(String[]::new));
		}
	}

	@Test
	void aCompanyRoleGivenTwiceIsA400NamingTheSecondAndChangesNothing() {
		String company = create("/api/companies", Map.of("slug", "list-edits-twice", "name", "List Edits Twice"));
		String film = create("/api/films", Map.of("slug", "list-edits-twice-2024", "title", "List Edits Twice", "year",
				2024, "companies", List.of(Map.of("company", "list-edits-twice", "role", "production"))));
		try {
			String before = etag(film);
			send(this.client.put(), film, before,
					Map.of("slug", "list-edits-twice-2024", "title", "List Edits Twice", "companies",
							List.of(Map.of("company", "list-edits-twice", "role", "distribution"),
									Map.of("company", "list-edits-twice", "role", "production"),
									Map.of("company", "list-edits-twice", "role", "distribution", "source",
											"academy-awards-database"))))
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[*].field")
				.isEqualTo(List.of("companies[2]"))
				.jsonPath("$.errors[0].message")
				.isEqualTo("names the same company and role as companies[0]");
			send(this.client.post(), "/api/films", null,
					Map.of("slug", "list-edits-twice-2025", "title", "List Edits Twice Again", "companies",
							List.of(Map.of("company", "list-edits-twice", "role", "production"),
									Map.of("company", "list-edits-twice", "role", "production"))))
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("companies[1]");
			this.client.get().uri("/api/films/list-edits-twice-2025").exchange().expectStatus().isNotFound();
			assertThat(etag(film)).isEqualTo(before);
		}
		finally {
			delete(film, company);
		}
	}

	@Test
	void aNominationNamingTheSameFilmNomineeOrSourceTwiceIsA400NamingEachLaterOne() {
		send(this.client.post(), "/api/nominations", null,
				Map.of("ceremony", "oscars-97", "category", "best-picture", "films",
						List.of("anora-2024", "the-brutalist-2024", "anora-2024"), "nominees",
						List.of(Map.of("person", "sean-baker"), Map.of("country", "Nowhere"),
								Map.of("person", "sean-baker"), Map.of("country", "Nowhere")),
						"won", false, "official", false, "sources",
						List.of("academy-awards-database", "academy-awards-database")))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.isEqualTo(List.of("films[2]", "nominees[2]", "nominees[3]", "sources[1]"))
			.jsonPath("$.errors[*].message")
			.isEqualTo(List.of("names the same film as films[0]",
					"names the same person under the same name as nominees[0]", "names the same country as nominees[1]",
					"names the same source as sources[0]"));
		// one company credited under two names is two nominees, as the record has it
		// (the 38th ceremony's Sound Mixing: Metro-Goldwyn-Mayer British and
		// Metro-Goldwyn-Mayer)
		String company = create("/api/companies", Map.of("slug", "list-edits-studio", "name", "List Edits Studio"));
		String nomination = create("/api/nominations",
				Map.of("ceremony", "oscars-97", "category", "best-picture", "films", List.of("anora-2024"), "nominees",
						List.of(Map.of("company", "list-edits-studio"),
								Map.of("company", "list-edits-studio", "name", "List Edits Studio British")),
						"won", false, "official", false));
		try {
			this.client.get()
				.uri(nomination)
				.exchange()
				.expectBody()
				.jsonPath("$.nominees[*].name")
				.isEqualTo(List.of("List Edits Studio", "List Edits Studio British"));
		}
		finally {
			delete(nomination, company);
		}
	}

	@Test
	void aFilmCreditsAPersonWithAJobOnceWhetherTheCreditIsNewOrChanged() {
		String person = create("/api/people", Map.of("slug", "list-edits-crew", "name", "List Edits Crew"));
		String director = create("/api/credits",
				Map.of("film", "anora-2024", "person", "list-edits-crew", "job", "director"));
		String writer = create("/api/credits",
				Map.of("film", "anora-2024", "person", "list-edits-crew", "job", "writer"));
		try {
			send(this.client.post(), "/api/credits", null,
					Map.of("film", "anora-2024", "person", "list-edits-crew", "job", "director"))
				.expectStatus()
				.isEqualTo(409)
				.expectBody()
				.jsonPath("$.detail")
				.isEqualTo("The film already credits List Edits Crew as director");
			String tag = etag(writer);
			send(this.client.put(), writer, tag,
					Map.of("film", "anora-2024", "person", "list-edits-crew", "job", "director"))
				.expectStatus()
				.isEqualTo(409);
			send(this.client.patch(), writer, tag, Map.of("job", "director")).expectStatus().isEqualTo(409);
			assertThat(etag(writer)).isEqualTo(tag);
			this.client.get()
				.uri("/api/people/list-edits-crew")
				.exchange()
				.expectBody()
				.jsonPath("$.credits[*].job")
				.isEqualTo(List.of("director", "writer"));
			send(this.client.patch(), writer, tag, Map.of("job", "editor")).expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.job")
				.isEqualTo("editor");
		}
		finally {
			delete(director, writer, person);
		}
	}

	@Test
	void aPersonPresentsACategoryAtACeremonyOnce() {
		String person = create("/api/people", Map.of("slug", "list-edits-presenter", "name", "List Edits Presenter"));
		String directing = create("/api/presentations",
				Map.of("ceremony", "oscars-97", "category", "directing", "presenter", "list-edits-presenter"));
		String picture = create("/api/presentations",
				Map.of("ceremony", "oscars-97", "category", "best-picture", "presenter", "list-edits-presenter"));
		try {
			send(this.client.post(), "/api/presentations", null,
					Map.of("ceremony", "oscars-97", "category", "directing", "presenter", "list-edits-presenter"))
				.expectStatus()
				.isEqualTo(409)
				.expectBody()
				.jsonPath("$.detail")
				.isEqualTo("The ceremony oscars-97 already has List Edits Presenter presenting Directing");
			String tag = etag(picture);
			send(this.client.patch(), picture, tag, Map.of("category", "directing")).expectStatus().isEqualTo(409);
			assertThat(etag(picture)).isEqualTo(tag);
			// changing a presentation into itself is no second one
			write(this.client.put(), directing, etag(directing), Map.of("ceremony", "oscars-97", "category",
					"directing", "presenter", "list-edits-presenter", "source", "academy-awards-database"));
		}
		finally {
			delete(directing, picture, person);
		}
	}

	@Test
	void ofConcurrentWritesOfTheSameCreditOrPresentationOneIsTaken() throws Exception {
		String person = create("/api/people", Map.of("slug", "list-edits-racer", "name", "List Edits Racer"));
		try {
			for (String uri : List.of("/api/credits", "/api/presentations")) {
				Map<String, Object> body = uri.equals("/api/credits")
						? Map.of("film", "anora-2024", "person", "list-edits-racer", "job", "editor")
						: Map.of("ceremony", "oscars-97", "category", "directing", "presenter", "list-edits-racer");
				int writers = 8;
				CyclicBarrier together = new CyclicBarrier(writers);
				ExecutorService pool = Executors.newFixedThreadPool(writers);
				List<Callable<ExchangeResult>> writes = new ArrayList<>();
				for (int i = 0; i < writers; i++) {
					writes.add(() -> {
						together.await();
						return send(this.client.post(), uri, null, body).returnResult();
					});
				}
				List<ExchangeResult> results = new ArrayList<>();
				try {
					for (Future<ExchangeResult> result : pool.invokeAll(writes)) {
						results.add(result.get());
					}
				}
				finally {
					pool.shutdown();
				}
				for (ExchangeResult result : results) {
					if (result.getStatus().value() == 201) {
						delete(result.getResponseHeaders().getLocation().toString());
					}
				}
				List<Integer> statuses = results.stream().map((r) -> r.getStatus().value()).toList();
				assertThat(statuses).as(uri).containsOnly(201, 409).filteredOn((s) -> s == 201).hasSize(1);
			}
		}
		finally {
			delete(person);
		}
	}

	/**
	 * Sends a JSON body, with If-Match when a tag is given.
	 */
	private RestTestClient.ResponseSpec send(RestTestClient.RequestBodyUriSpec method, String uri, String tag,
			Object body) {
		RestTestClient.RequestBodySpec request = method.uri(uri).contentType(MediaType.APPLICATION_JSON);
		if (tag != null) {
			request.header(HttpHeaders.IF_MATCH, tag);
		}
		return request.body(body).exchange();
	}

	private void staleTagIsRefused(String uri, String tag, Map<String, Object> patch) {
		send(this.client.patch(), uri, tag, patch).expectStatus().isEqualTo(412);
	}

	private String write(RestTestClient.RequestBodyUriSpec method, String uri, String tag, Map<String, Object> body) {
		return send(method, uri, tag, body).expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getETag();
	}

	private static long version(String tag) {
		Matcher matcher = TAG.matcher(tag);
		assertThat(matcher.matches()).as(tag).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private String etag(String uri) {
		return Editor.etag(this.client, uri);
	}

	private void delete(String... uris) {
		for (String uri : uris) {
			this.client.delete().uri(uri).header(HttpHeaders.IF_MATCH, "*").exchange();
		}
	}

	private String create(String uri, Map<String, Object> body) {
		return Editor.create(this.client, uri, body);
	}

}
