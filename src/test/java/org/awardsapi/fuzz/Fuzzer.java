package org.awardsapi.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awardsapi.TestUsers;

/**
 * Makes hostile requests from the operations of the OpenAPI document, from one seeded
 * {@link Random}, so that a seed makes the same requests again.
 * <p>
 * A write an editor sends can never succeed: its JSON body is always invalid by
 * construction (malformed, a field of the wrong type, an unknown field, or a required
 * field missing or null), its import file always has a bad header or a bad first row, and
 * its {@code If-Match} never names a version a resource has (but {@code *}, with such a
 * body). So the data must be exactly as it was after any number of them.
 */
final class Fuzzer {

	/** What a request is, for the checks and the counts. */
	enum Kind {

		/** A GET or HEAD of a documented operation. */
		READ,
		/** A POST, PUT, PATCH or DELETE of a documented operation. */
		WRITE,
		/** A documented path with a method it does not document. */
		OTHER_METHOD,
		/** A path nobody documented, made of documented ones and junk. */
		PATH,
		/** A body over the limit. */
		OVERSIZED,
		/** Malformed HTTP: a request line, header or framing Tomcat may refuse itself. */
		RAW

	}

	/** Who sends a request. */
	enum User {

		ANONYMOUS, READER, EDITOR, WRONG_PASSWORD, JUNK_CREDENTIALS

	}

	/**
	 * A digit: {@code If-Match} junk with one could name a version
	 * ({@code editing.ETags}).
	 */
	private static final Pattern VERSION_TAG = Pattern.compile("\\d");

	private static final Map<String, String> SAMPLE_IDS = Map.ofEntries(Map.entry("/api/awards/", "oscars"),
			Map.entry("/api/ceremonies/", "oscars-97"), Map.entry("/api/films/", "anora-2024"),
			Map.entry("/api/people/", "sean-baker"), Map.entry("/api/sources/", "academy-97th-academy-awards"),
			Map.entry("/api/categories/", "best-picture"), Map.entry("/api/companies/", "neon"));

	private static final Map<String, List<String>> SAMPLE_VALUES = Map.ofEntries(
			Map.entry("award", List.of("oscars", "cannes")), Map.entry("ceremony", List.of("oscars-97", "97", "1")),
			Map.entry("category", List.of("best-picture", "best-director", "directing")),
			Map.entry("film", List.of("anora-2024", "1")), Map.entry("person", List.of("sean-baker", "1")),
			Map.entry("q", List.of("karla sofia gascon", "anora", "baker")),
			Map.entry("year", List.of("2024", "2025", "1927")), Map.entry("page", List.of("0", "1", "2")),
			Map.entry("size", List.of("1", "20", "200")), Map.entry("minWins", List.of("1", "2")),
			Map.entry("format", List.of("json", "csv", "CSV")));

	private static final List<String> OTHER_METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE",
			"OPTIONS", "TRACE", "PROPFIND", "FOO", "get", "M-SEARCH");

	private static final List<String> JSON_TYPES = List.of("application/json", "application/json", "application/json",
			"application/json;charset=UTF-8", "application/merge-patch+json", "text/plain", "application/xml",
			"application/json; charset=junk", "application/json; charset=UTF-16", "application/json;;;",
			"application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=", "*/*",
			"garbage", "text/tab-separated-values", "application/json; charset=\"", "");

	private static final List<String> IMPORT_TYPES = List.of("text/tab-separated-values", "text/tab-separated-values",
			"text/plain", "text/plain; charset=junk", "text/csv", "application/octet-stream", "application/json",
			"text/tab-separated-values; charset=UTF-16", "");

	private static final List<String> ACCEPTS = List.of("garbage", "text/csv", "*/*;q=x", "*/*", "application/xml",
			"text/html", "application/json;q=0", "*/*;q=0", "text/csv;q=abc", ";;;", "a/b/c", "application/*",
			"application/problem+json", "text/csv, application/json;q=0.9", "image/png", "text/*", "*/json",
			"application/json;charset=junk", "日本語/映画", "text/csv;q=1.1", "application/json;q=-1",
			"," + "text/plain,".repeat(300));

	private static final List<String> ETAG_JUNK = List.of("garbage", "\"nope\"", "W/\"x\"", "\"\"", "\"", "\"v\"", "W/",
			"*, \"x\"", "\"unterminated", "\"a\", \"b\", \"c\"", "\" \"", "\u0000", "\u00e9t\u00e9");

	private static final List<String> JUNK_BODIES = List.of("{", "}", "{\"a\":", "[1,2", "{\"a\":1,}", "{'a':1}",
			"{\"a\":1} trailing", "\ufeff{\"a\":", "{\"a\":\"\u0000\"}", "/* c */ {", "{\"a\":NaN,", "{\"a\":1e99999",
			"<xml/>", "a\tb\tc\n", "--boundary\r\n", "{\"a\"::1}", "{\"a\":tru}", "{\"a\":\"\\x41\"}",
			"{\"a\":\"\\u12\"}", "{\"a\":01}", "{\"a\":.5}", "{\"a\":+1}", "{\"a\":[1,,2]}", "\"unterminated",
			"{\"a\":1}}", "[[[[[[[[", "{{}}");

	private static final List<String> VALID_JSON_BODIES = List.of("", " ", "null", "[]", "{}", "\"str\"", "42", "true",
			"{\"a\":1,\"a\":2}", "[{}]", "{\"\":null}");

	private final Random random;

	private final Api api;

	Fuzzer(long seed, Api api) {
		this.random = new Random(seed);
		this.api = api;
	}

	Fuzzed next() {
		int roll = this.random.nextInt(1000);
		if (roll < 380) {
			return read(Hostile.pick(this.random, this.api.reads()));
		}
		if (roll < 700) {
			return write(Hostile.pick(this.random, this.api.writes()));
		}
		if (roll < 730) {
			return write(this.api.writes()
				.stream()
				.filter((o) -> o.path().equals("/api/imports"))
				.findFirst()
				.orElse(Hostile.pick(this.random, this.api.writes())));
		}
		if (roll < 790) {
			return otherMethod();
		}
		if (roll < 910) {
			return path();
		}
		if (roll < 925) {
			return oversized();
		}
		return raw();
	}

	private Fuzzed read(Api.Operation operation) {
		String method = (this.random.nextInt(5) == 0) ? "HEAD" : "GET";
		List<String[]> headers = new ArrayList<>();
		User user = (this.random.nextInt(20) == 0) ? Hostile.pick(this.random, List.of(User.values())) : User.ANONYMOUS;
		credentials(user, headers);
		readHeaders(headers);
		return new Fuzzed(Kind.READ, user, operation,
				new RawHttp.Request(method, target(operation), headers, new byte[0], false, false, false));
	}

	private Fuzzed write(Api.Operation operation) {
		User user = switch (this.random.nextInt(20)) {
			case 0, 1, 2, 3, 4 -> User.ANONYMOUS;
			case 5, 6, 7, 8 -> User.READER;
			case 9 -> User.WRONG_PASSWORD;
			case 10 -> User.JUNK_CREDENTIALS;
			default -> User.EDITOR;
		};
		boolean editor = user == User.EDITOR;
		List<String[]> headers = new ArrayList<>();
		credentials(user, headers);
		byte[] body = new byte[0];
		if (!operation.bodies().isEmpty()) {
			String type = Hostile.pick(this.random, List.copyOf(operation.bodies().keySet()));
			Api.Body schema = operation.bodies().get(type);
			if (operation.path().equals("/api/imports")) {
				body = importBody(type, headers, editor);
			}
			else {
				body = jsonBody(schema, operation.method().equals("PATCH"), editor);
				headers.add(header("Content-Type", (this.random.nextInt(4) == 0) ? Hostile.pick(this.random, JSON_TYPES)
						: operation.method().equals("PATCH") ? "application/merge-patch+json" : "application/json"));
			}
		}
		else if (this.random.nextInt(4) == 0) {
			body = Hostile.pick(this.random, JUNK_BODIES).getBytes(StandardCharsets.UTF_8);
			headers.add(header("Content-Type", Hostile.pick(this.random, JSON_TYPES)));
		}
		if (!operation.method().equals("POST") || this.random.nextInt(4) == 0) {
			ifMatch(headers, editor && body.length > 0 && !operation.method().equals("DELETE"));
		}
		if (operation.method().equals("POST") && this.random.nextInt(4) == 0) {
			headers.add(header("Idempotency-Key", Hostile.rawUtf8(Hostile.text(this.random))));
		}
		if (this.random.nextInt(3) == 0) {
			hostileHeaders(headers);
		}
		return new Fuzzed(Kind.WRITE, user, operation,
				new RawHttp.Request(operation.method(), target(operation), headers, body, false, false, false));
	}

	private Fuzzed otherMethod() {
		Api.Operation operation = Hostile.pick(this.random, this.api.operations());
		List<String> documented = this.api.operations()
			.stream()
			.filter((o) -> o.path().equals(operation.path()))
			.map(Api.Operation::method)
			.toList();
		String method = Hostile.pick(this.random,
				OTHER_METHODS.stream().filter((m) -> !documented.contains(m)).toList());
		User user = this.random.nextBoolean() ? User.EDITOR : User.ANONYMOUS;
		List<String[]> headers = new ArrayList<>();
		credentials(user, headers);
		byte[] body = new byte[0];
		if (this.random.nextBoolean()) {
			body = Hostile.pick(this.random, JUNK_BODIES).getBytes(StandardCharsets.UTF_8);
			headers.add(header("Content-Type", Hostile.pick(this.random, JSON_TYPES)));
		}
		if (this.random.nextBoolean()) {
			hostileHeaders(headers);
		}
		return new Fuzzed(Kind.OTHER_METHOD, user, operation,
				new RawHttp.Request(method, target(operation), headers, body, false, false, false));
	}

	private Fuzzed path() {
		String path = switch (this.random.nextInt(12)) {
			case 0 -> "/api/" + Hostile.uriValue(this.random);
			case 1 -> "/actuator/" + Hostile.pick(this.random,
					List.of("env", "heapdump", "shutdown", "beans", "health/..%2fenv", "health/liveness",
							"health/readiness", "health/" + Hostile.uriValue(this.random), "info/x", "",
							Hostile.uriValue(this.random)));
			case 2 -> "/v3/api-docs/" + Hostile.uriValue(this.random);
			case 3 -> "/swagger-ui/" + Hostile.uriValue(this.random);
			case 4 -> "/" + Hostile.uriValue(this.random);
			case 5 -> Hostile.pick(this.random, List.of("/error", "/index.html", "/js/..%2f..%2fetc%2fpasswd",
					"/api/films;jsessionid=x", "/api/films/anora-2024;x=y", "//api/films", "/api/films/", "/API/FILMS",
					"/api/films/%2e%2e/%2e%2e/actuator/env", "/api/./films", "/api/films/../awards",
					"/api/films/%2e/anora-2024", "/api/films//anora-2024", "/api/films/anora-2024/", "/api", "/api/",
					"/static/../application.properties", "/WEB-INF/web.xml", "/META-INF/MANIFEST.MF", "/.git/config",
					"/api/films.json", "/api/films.csv", "/api/films/anora-2024.xml", "/favicon.ico", "/h2-console",
					"/h2-console/login.jsp", "/api/films/%2F", "/api/films/%5C"));
			default -> {
				Api.Operation operation = Hostile.pick(this.random, this.api.operations());
				String target = target(operation);
				yield switch (this.random.nextInt(4)) {
					case 0 -> target.replaceFirst("/api/[^/?]+",
							Matcher.quoteReplacement("/api/" + Hostile.uriValue(this.random)));
					case 1 -> target.replaceFirst("\\?.*", "") + "/" + Hostile.uriValue(this.random);
					case 2 -> target.replace("/api/", "/api/" + Hostile.uriValue(this.random) + "/");
					default -> target + Hostile.pick(this.random, Hostile.ENCODED);
				};
			}
		};
		String method = (this.random.nextInt(4) == 0) ? Hostile.pick(this.random, OTHER_METHODS) : "GET";
		User user = (this.random.nextInt(4) == 0) ? User.EDITOR : User.ANONYMOUS;
		List<String[]> headers = new ArrayList<>();
		credentials(user, headers);
		if (this.random.nextBoolean()) {
			hostileHeaders(headers);
		}
		return new Fuzzed(Kind.PATH, user, null,
				new RawHttp.Request(method, path, headers, new byte[0], false, false, false));
	}

	private Fuzzed oversized() {
		Api.Operation operation = Hostile.pick(this.random, this.api.writes());
		User user = this.random.nextBoolean() ? User.EDITOR : User.ANONYMOUS;
		List<String[]> headers = new ArrayList<>();
		credentials(user, headers);
		boolean imports = operation.path().equals("/api/imports");
		headers.add(header("Content-Type", imports ? "text/tab-separated-values" : "application/json"));
		if (operation.method().equals("PUT") || operation.method().equals("PATCH")) {
			headers.add(header("If-Match", "\"nope\""));
		}
		int limit = imports ? 20 * 1024 * 1024 : 1024 * 1024;
		if (imports || this.random.nextInt(3) == 0) {
			// Declared over the limit, a few bytes sent: refused before the body is read
			headers.add(header("Content-Length", String.valueOf(limit + 1 + this.random.nextInt(1000))));
			return new Fuzzed(Kind.OVERSIZED, user, operation, new RawHttp.Request(operation.method(),
					target(operation), headers, "{\"name\":\"".getBytes(StandardCharsets.UTF_8), true, false, true));
		}
		byte[] body = ("{\"name\":\"" + "a".repeat(limit + this.random.nextInt(100_000)) + "\"}")
			.getBytes(StandardCharsets.UTF_8);
		if (this.random.nextBoolean()) {
			headers.add(header("Transfer-Encoding", "chunked"));
			return new Fuzzed(Kind.OVERSIZED, user, operation, new RawHttp.Request(operation.method(),
					target(operation), headers, chunk(body), true, false, false));
		}
		return new Fuzzed(Kind.OVERSIZED, user, operation,
				new RawHttp.Request(operation.method(), target(operation), headers, body, false, false, false));
	}

	private Fuzzed raw() {
		Api.Operation operation = Hostile.pick(this.random, this.api.reads());
		String target = target(operation);
		String method = "GET";
		List<String[]> headers = new ArrayList<>();
		byte[] body = new byte[0];
		boolean rawFraming = false;
		boolean noHost = false;
		switch (this.random.nextInt(16)) {
			case 0 -> method = Hostile.pick(this.random, List.of("GE T", "G\u0000ET", "<script>", "GET\t", "ÉCRIRE",
					"X".repeat(1000), "", "GET /api/awards"));
			case 1 -> target = target + Hostile.pick(this.random, List.of(" b", "\u0000", "\t", "\u007f", "\r"));
			case 2 -> target = target.replaceFirst("/api/",
					Matcher.quoteReplacement("/api/" + Hostile.rawUtf8(Hostile.text(this.random)) + "/"));
			case 3 -> target = "/api/films?q=" + Hostile.rawUtf8(Hostile.text(this.random));
			case 4 -> target = Hostile.pick(this.random,
					List.of("/api/films/%", "/api/films/%G1", "/api/%zz", "/api/films/%C0%AF", "/api/films/%00",
							"/api/films/%FF", "*", "http://evil.example/api/films", "api/films", "/api\\films",
							"/api/films#frag", "/api/films?%", "/api/films?q=%zz", "%2Fapi",
							"/api/films/%2e%2e/%2e%2e/actuator/env", "/api/films?" + "q=a&".repeat(15_000)));
			case 5 -> headers.add(new String[] { "X-No-Colon",
					"" + Hostile.pick(this.random, List.of("\r\nbroken", "\u0000", "a\rb", "\nX: y")) });
			case 6 -> headers
				.add(header(Hostile.pick(this.random, List.of("Bad Name", "Bad:Name", "", "Ö", "X\u0000")), "1"));
			case 7 -> {
				method = "POST";
				target = "/api/awards";
				rawFraming = true;
				headers.add(header("Content-Type", "application/json"));
				headers.add(header("Content-Length", Hostile.pick(this.random,
						List.of("-1", "abc", "99999999999999999999", "1, 2", "0x10", " ", "+5"))));
				body = "{}".getBytes(StandardCharsets.UTF_8);
			}
			case 8 -> {
				method = "POST";
				target = "/api/awards";
				rawFraming = true;
				headers.add(header("Content-Type", "application/json"));
				headers.add(header("Transfer-Encoding", Hostile.pick(this.random,
						List.of("chunked", "gzip", "chunked, chunked", "identity", "junk", "chunked\u0000"))));
				body = Hostile
					.pick(this.random,
							List.of("zz\r\n{}\r\n0\r\n\r\n", "2\r\n{}\r\n0\r\n\r\n", "fffffffffffffffffff\r\n{}\r\n",
									"-1\r\n\r\n", "2;ext=\u0000\r\n{}\r\n0\r\n\r\n"))
					.getBytes(StandardCharsets.ISO_8859_1);
			}
			case 9 -> headers.add(new String[] { "X-Folded", "a\r\n folded" });
			case 10 -> noHost = true;
			case 11 -> {
				noHost = true;
				headers.add(header("Host", Hostile.pick(this.random,
						List.of("a b", "evil.example", "[::1", "localhost:99999", "", "ex\u0000ample", "a,b"))));
			}
			case 12 -> headers.add(header("X-Huge", "a".repeat(9000 + this.random.nextInt(10_000))));
			case 13 -> {
				for (int i = 0; i < 120; i++) {
					headers.add(header("X-Many-" + i, "1"));
				}
			}
			case 14 -> headers.add(header("X-Big", "b".repeat(6000)));
			default -> {
				method = "POST";
				target = "/api/awards";
				rawFraming = true;
				headers.add(header("Content-Type", "application/json"));
				headers.add(header("Content-Length", "2"));
				headers.add(header("Transfer-Encoding", "chunked"));
				body = "2\r\n{}\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
			}
		}
		return new Fuzzed(Kind.RAW, User.ANONYMOUS, null,
				new RawHttp.Request(method, target, headers, body, rawFraming, noHost, true));
	}

	/** The operation's path with its parameters, each valid or hostile, and junk. */
	private String target(Api.Operation operation) {
		String path = operation.path();
		StringBuilder query = new StringBuilder();
		for (Api.Parameter parameter : operation.parameters()) {
			if (parameter.in().equals("path")) {
				String value = (this.random.nextInt(3) == 0) ? Hostile.uriValue(this.random) : sampleId(path);
				if (value.isEmpty()) {
					value = "%20";
				}
				path = path.replace("{" + parameter.name() + "}", value);
			}
			else if (parameter.in().equals("query") && this.random.nextBoolean()) {
				int times = (this.random.nextInt(8) == 0) ? 2 + this.random.nextInt(3) : 1;
				for (int i = 0; i < times; i++) {
					query.append('&').append(Hostile.encode(parameter.name())).append('=').append(value(parameter));
				}
			}
		}
		if (this.random.nextInt(8) == 0) {
			query.append('&').append(Hostile.uriValue(this.random)).append('=').append(Hostile.uriValue(this.random));
		}
		if (this.random.nextInt(30) == 0) {
			query.append(Hostile.pick(this.random, List.of("&", "&&", "&=", "&a", "&==", "&a=1=2", "&;")));
		}
		return (query.length() > 0) ? path + "?" + query.substring(1) : path;
	}

	private String value(Api.Parameter parameter) {
		if (this.random.nextInt(5) < 2) {
			return Hostile.uriValue(this.random);
		}
		List<String> enums = parameter.enumValues();
		if (!enums.isEmpty()) {
			return Hostile.encode(Hostile.pick(this.random, enums));
		}
		List<String> samples = SAMPLE_VALUES.get(parameter.name());
		if (samples != null) {
			return Hostile.encode(Hostile.pick(this.random, samples));
		}
		return switch (parameter.type()) {
			case "integer", "number" -> String.valueOf(this.random.nextInt(5));
			case "boolean" -> String.valueOf(this.random.nextBoolean());
			default -> Hostile.encode(Hostile.text(this.random));
		};
	}

	private String sampleId(String path) {
		return SAMPLE_IDS.entrySet()
			.stream()
			.filter((sample) -> path.startsWith(sample.getKey()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(String.valueOf(1 + this.random.nextInt(3)));
	}

	/**
	 * A JSON body of the operation's fields with hostile values. For an editor it is
	 * always invalid: malformed, or with one field of the wrong type, an unknown field,
	 * or a required field left out (POST, PUT) or removed (PATCH).
	 */
	private byte[] jsonBody(Api.Body schema, boolean patch, boolean editor) {
		if (!editor && this.random.nextInt(6) == 0) {
			return Hostile.pick(this.random, VALID_JSON_BODIES).getBytes(StandardCharsets.UTF_8);
		}
		if (this.random.nextInt(6) == 0) {
			return Hostile.pick(this.random, JUNK_BODIES).getBytes(StandardCharsets.UTF_8);
		}
		if (this.random.nextInt(40) == 0) {
			int depth = 1000 + this.random.nextInt(50_000);
			return ("{\"a\":" + "[".repeat(depth) + "]".repeat(depth) + "}").getBytes(StandardCharsets.UTF_8);
		}
		List<String> fields = new ArrayList<>();
		List<String> names = new ArrayList<>(schema.fields().keySet());
		for (String name : names) {
			if (this.random.nextInt(5) > 0) {
				fields.add(Hostile.jsonString(name, this.random) + ":" + jsonValue(schema.fields().get(name)));
			}
		}
		int marker = this.random.nextInt(editor ? 4 : 5);
		if (marker == 1 && !names.isEmpty()) {
			String name = Hostile.pick(this.random, names);
			fields.removeIf((field) -> field.startsWith("\"" + name + "\""));
			fields.add("\"" + name + "\":" + wrongType(schema.fields().get(name)));
		}
		else if (marker == 2 && !schema.required().isEmpty()) {
			String name = Hostile.pick(this.random, schema.required());
			fields.removeIf((field) -> field.startsWith("\"" + name + "\""));
			if (patch) {
				fields.add("\"" + name + "\":null");
			}
		}
		else if (marker < 4) {
			fields.add(Hostile.jsonString("fuzz" + Hostile.text(this.random), this.random) + ":"
					+ jsonValue(Hostile.pick(this.random, List.of("string", "integer", "object"))));
		}
		String json = "{" + String.join(",", fields) + "}";
		if (marker == 0) {
			// malformed: cut before the closing brace
			json = json.substring(0, this.random.nextInt(json.length()));
			if (json.isEmpty()) {
				json = "{";
			}
		}
		return json.getBytes(StandardCharsets.UTF_8);
	}

	/** A value no field of the type takes. */
	private String wrongType(String type) {
		if (type.equals("object")) {
			return Hostile.pick(this.random, List.of("true", "-1.5", "[true,{}]"));
		}
		return Hostile.pick(this.random, List.of("{\"$ne\":null}", "{\"$gt\":\"\"}", "{\"a\":[1,{\"b\":null}]}"));
	}

	private String jsonValue(String type) {
		int roll = this.random.nextInt(10);
		if (roll < 3) {
			return Hostile.pick(this.random,
					List.of("null", "true", "false", "[]", "{}", "[null]", "[\"a\",1]",
							Hostile.pick(this.random, Hostile.JSON_NUMBERS),
							Hostile.jsonString(Hostile.text(this.random), this.random)));
		}
		return switch (type) {
			case "integer", "number" -> Hostile.pick(this.random, Hostile.JSON_NUMBERS);
			case "boolean" -> Hostile.pick(this.random, List.of("true", "false", "\"true\"", "1", "\"yes\""));
			case "array" -> "[" + Hostile.jsonString(Hostile.text(this.random), this.random) + ","
					+ Hostile.pick(this.random, Hostile.JSON_NUMBERS) + "]";
			case "object" -> "{" + Hostile.jsonString(Hostile.text(this.random), this.random) + ":"
					+ Hostile.jsonString(Hostile.text(this.random), this.random) + "}";
			default -> Hostile.jsonString(Hostile.text(this.random), this.random);
		};
	}

	/**
	 * A DLu file that can never be imported: a bad header, or the right header and a
	 * first row with a bad ceremony number; or not text at all.
	 */
	private byte[] importBody(String documentedType, List<String[]> headers, boolean editor) {
		String header = String.join("\t", List.of("Ceremony", "Year", "Class", "CanonicalCategory", "Category", "Film",
				"FilmId", "Name", "Nominees", "NomineeIds", "Winner", "Detail", "Note", "Citation"));
		StringBuilder file = new StringBuilder();
		byte[] binary = null;
		switch (this.random.nextInt(8)) {
			case 0 -> file.append(header.replace('\t', ','));
			case 1 -> file.append(header.replace("\tCitation", ""));
			case 2 -> file.append("\ufeff").append(header);
			case 3 -> file.append(header.toLowerCase(java.util.Locale.ROOT));
			case 4 -> file.append("\"").append(header);
			case 5 -> {
				binary = new byte[1 + this.random.nextInt(4096)];
				this.random.nextBytes(binary);
			}
			default -> {
				file.append(header);
				String ceremony = Hostile.pick(this.random, List.of("abc", "-1", "0", "1000", "99999999999999999999",
						"", "1e3", "９７", "97.0", "\"97\"", "97\\"));
				file.append('\n').append(tsvRow(ceremony));
			}
		}
		for (int i = this.random.nextInt(editor ? 50 : 5); i > 0; i--) {
			file.append('\n').append(tsvRow(String.valueOf(1 + this.random.nextInt(97))));
		}
		byte[] content = (binary != null) ? binary : file.toString().getBytes(StandardCharsets.UTF_8);
		if (documentedType.startsWith("multipart/")) {
			String boundary = "fuzz" + this.random.nextInt(1_000_000);
			String type = Hostile.pick(this.random,
					List.of("multipart/form-data; boundary=" + boundary, "multipart/form-data; boundary=" + boundary,
							"multipart/form-data", "multipart/form-data; boundary=x",
							"multipart/mixed; boundary=" + boundary));
			headers.add(header("Content-Type", type));
			String part = Hostile.pick(this.random, List.of("file", "file", "File", "other", ""));
			String filename = Hostile.rawUtf8(Hostile.text(this.random)).replace("\"", "").replace("\r", "");
			byte[] start = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
					+ filename + "\"\r\nContent-Type: text/tab-separated-values\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1);
			byte[] end = (this.random.nextInt(6) == 0) ? new byte[0]
					: ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1);
			byte[] all = new byte[start.length + content.length + end.length];
			System.arraycopy(start, 0, all, 0, start.length);
			System.arraycopy(content, 0, all, start.length, content.length);
			System.arraycopy(end, 0, all, start.length + content.length, end.length);
			return all;
		}
		String type = (this.random.nextInt(3) == 0) ? Hostile.pick(this.random, IMPORT_TYPES) : documentedType;
		if (!type.isEmpty()) {
			headers.add(header("Content-Type", type));
		}
		return content;
	}

	private String tsvRow(String ceremony) {
		List<String> fields = new ArrayList<>(List.of(ceremony, "2024", "Title", "BEST PICTURE", "BEST PICTURE",
				"Anora", "tt28607951", "Sean Baker", "Sean Baker", "nm0048918", "True", "", "", ""));
		for (int i = this.random.nextInt(4); i > 0; i--) {
			fields.set(1 + this.random.nextInt(fields.size() - 1), Hostile.text(this.random));
		}
		int size = (this.random.nextInt(5) == 0) ? this.random.nextInt(20) : fields.size();
		while (fields.size() < size) {
			fields.add(Hostile.text(this.random));
		}
		return String.join("\t", fields.subList(0, Math.max(1, Math.min(size, fields.size()))));
	}

	private void readHeaders(List<String[]> headers) {
		if (this.random.nextInt(3) == 0) {
			headers.add(header("Accept", Hostile.pick(this.random, ACCEPTS)));
		}
		if (this.random.nextInt(6) == 0) {
			headers.add(header("If-None-Match",
					Hostile.pick(this.random,
							List.of("*", "\"v1\"", "W/\"v1\"", "\"v99999999999999999999\"", "\"v-1\"", "\"v1.-1-csv\"",
									",,,", Hostile.pick(this.random, ETAG_JUNK),
									Hostile.rawUtf8(Hostile.text(this.random))))));
		}
		if (this.random.nextInt(3) == 0) {
			hostileHeaders(headers);
		}
	}

	private void hostileHeaders(List<String[]> headers) {
		for (int i = 1 + this.random.nextInt(3); i > 0; i--) {
			String value = (this.random.nextInt(3) == 0)
					? Hostile.rawUtf8(Hostile.text(this.random)).replace("\r", "").replace("\n", "") : null;
			headers.add(switch (this.random.nextInt(16)) {
				case 0 -> header("Accept", (value != null) ? value : Hostile.pick(this.random, ACCEPTS));
				case 1 -> header("If-None-Match", (value != null) ? value : Hostile.pick(this.random, ETAG_JUNK));
				case 2 -> header("If-Modified-Since", Hostile.pick(this.random,
						List.of("yesterday", "Sun, 06 Nov 1994 08:49:37 GMT", "Sun, 06 Nov 99999 08:49:37 GMT", "0")));
				case 3 -> header("Range", Hostile.pick(this.random,
						List.of("bytes=0-10", "bytes=junk", "bytes=999999999999999999999-", "bytes=-1", "lines=1-2")));
				case 4 -> header("Origin", Hostile.pick(this.random,
						List.of("https://evil.example", "null", "http://localhost", "file://", "junk", "https://a b")));
				case 5 ->
					header("Sec-Fetch-Site", Hostile.pick(this.random, List.of("cross-site", "same-origin", "x")));
				case 6 -> header("Content-Type", Hostile.pick(this.random, JSON_TYPES));
				case 7 -> header("X-Forwarded-For", (value != null) ? value : "1.2.3.4, ::1, junk");
				case 8 -> header("Cookie", "JSESSIONID=" + ((value != null) ? value : "x") + "; a=b");
				case 9 -> header("Accept-Language", (value != null) ? value : "xx-YY;q=junk");
				case 10 -> header("Accept-Encoding", Hostile.pick(this.random, List.of("gzip", "br;q=x", "junk")));
				case 11 -> header("X-Long", "x".repeat(4000 + this.random.nextInt(2000)));
				case 12 -> header("Access-Control-Request-Method",
						Hostile.pick(this.random, List.of("DELETE", "POST", "junk", "")));
				case 13 -> header("Expect", Hostile.pick(this.random, List.of("100-continue", "junk")));
				case 14 -> header("Content-Encoding", Hostile.pick(this.random, List.of("gzip", "deflate", "junk")));
				default -> header("User-Agent", (value != null) ? value : "<script>");
			});
		}
	}

	/**
	 * {@code If-Match}: absent, junk, or (only with a body that is invalid anyway)
	 * {@code *}; never a tag naming a version a resource could have.
	 */
	private void ifMatch(List<String[]> headers, boolean starAllowed) {
		int roll = this.random.nextInt(10);
		if (roll < 3) {
			return;
		}
		if (roll < 6 && starAllowed) {
			headers.add(header("If-Match", "*"));
			return;
		}
		String junk = (this.random.nextBoolean()) ? Hostile.pick(this.random, ETAG_JUNK)
				: Hostile.rawUtf8(Hostile.text(this.random)).replace("\r", "").replace("\n", "");
		if (junk.strip().equals("*") || VERSION_TAG.matcher(junk).find()) {
			junk = "\"nope\"";
		}
		headers.add(header("If-Match", junk));
	}

	private void credentials(User user, List<String[]> headers) {
		switch (user) {
			case EDITOR -> headers.add(basic(TestUsers.EDITOR + ":" + TestUsers.EDITOR_PASSWORD));
			case READER -> headers.add(basic(TestUsers.READER + ":" + TestUsers.READER_PASSWORD));
			case WRONG_PASSWORD -> headers.add(basic(TestUsers.EDITOR + ":" + Hostile.text(this.random)));
			case JUNK_CREDENTIALS -> headers.add(header("Authorization", Hostile.pick(this.random,
					List.of("Basic !!!", "Basic", "Basic " + Base64.getEncoder().encodeToString("nocolon".getBytes()),
							"Bearer x", "Basic " + Base64.getEncoder().encodeToString(new byte[] { -1, -2, 58, -3 }),
							"Basic " + "A".repeat(5000), "Digest username=x", "basic ZWRpdG9yOg==",
							Hostile.rawUtf8(Hostile.text(this.random)).replace("\r", "").replace("\n", "")))));
			default -> {
			}
		}
	}

	private static String[] basic(String credentials) {
		return header("Authorization",
				"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
	}

	private static String[] header(String name, String value) {
		return new String[] { name, value };
	}

	private static byte[] chunk(byte[] body) {
		StringBuilder chunked = new StringBuilder();
		for (int start = 0; start < body.length; start += 65536) {
			int length = Math.min(65536, body.length - start);
			chunked.append(Integer.toHexString(length))
				.append("\r\n")
				.append(new String(body, start, length, StandardCharsets.ISO_8859_1))
				.append("\r\n");
		}
		return chunked.append("0\r\n\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	/**
	 * A request made, with what it is.
	 *
	 * @param kind what it is
	 * @param user who sends it
	 * @param operation the documented operation it comes from, if any
	 * @param request the request
	 */
	record Fuzzed(Kind kind, User user, Api.Operation operation, RawHttp.Request request) {

		boolean isAuthorisedWrite() {
			return this.user == User.EDITOR;
		}

	}

}
