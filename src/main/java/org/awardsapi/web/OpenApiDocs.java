package org.awardsapi.web;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import org.awardsapi.award.CategoryClass;
import org.awardsapi.editing.EditingController;
import org.awardsapi.shared.SearchWords;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}),
 * written in this one place rather than in annotations on every controller: for each
 * handler method its stable operation id, tag, summary and every query parameter with its
 * allowed values and bounds; for every GET the caching headers, the problem answers (RFC
 * 9457) and, for lists, CSV; examples for the headline queries. Every field of a record
 * is always present, so every property is required, and {@code null} is allowed where the
 * Java type allows it.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocs {

	private static final String PROBLEM_JSON = "application/problem+json";

	private static final String JSON = "application/json";

	private static final String REF = "#/components/";

	/** Every handler method, by {@code Controller#method}. */
	private static final Map<String, Doc> DOCS = docs();

	/** The records the handlers answer, by schema name, to tell required and nullable. */
	private final Map<String, Class<?>> records = new ConcurrentHashMap<>();

	/** The header row of each list's CSV, by operation id. */
	private final Map<String, String> csvHeaders = new ConcurrentHashMap<>();

	private final JsonMapper json;

	OpenApiDocs(JsonMapper json) {
		this.json = json;
	}

	@Bean
	OpenAPI awardsOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Awards API")
				.version("0.1.0")
				.description("""
						An open REST API for film-awards data: the Academy Awards correct to the record. \
						Every `{id}` takes the numeric id or the slug. Lists are pages (`page` from 0, \
						`size` 1 to 200, `sort`) and also answer CSV (`Accept: text/csv` or `?format=csv`: \
						every row, not one page). Every GET sends a strong `ETag` and `Cache-Control`; \
						`If-None-Match` gets `304`. Errors are RFC 9457 problems \
						(`application/problem+json`) naming the bad parameter.""")
				.contact(new Contact().name("The Awards API project")))
			.tags(List.of(tag("Awards", "Award programmes and their categories"),
					tag("Ceremonies", "Ceremonies, newest first, and what was won at each"),
					tag("Films", "Films, with credits, companies and awards"),
					tag("People", "People, with credits and awards"),
					tag("Nominations", "Nominations and wins across ceremonies"),
					tag("Statistics", "Who won most in one night"), tag("Sources", "Where the facts come from"),
					tag("Imports", "Loading the history of the Academy Awards")));
	}

	/**
	 * Names, describes and parameterises each operation from {@link #DOCS}.
	 */
	@Bean
	OperationCustomizer awardsOperations() {
		return (operation, handlerMethod) -> {
			String key = handlerMethod.getBeanType().getSimpleName() + "#" + handlerMethod.getMethod().getName();
			if (handlerMethod.getMethod().getDeclaringClass() == EditingController.class) {
				return write(operation, handlerMethod);
			}
			if (handlerMethod.getBeanType().getSimpleName().equals("ImportController")) {
				return operation.operationId("importOscarsCsv")
					.tags(List.of("Imports"))
					.summary("Import DLu/oscar_data's oscars.csv")
					.description("Editors only. The file as the body (text/tab-separated-values) or as the part "
							+ "`file` of a multipart form. All or nothing: a bad row rejects the file (422, with its "
							+ "line) and changes nothing; importing the same file again changes nothing.")
					.parameters(List.of(new Parameter().$ref(REF + "parameters/IdempotencyKey")));
			}
			Doc doc = DOCS.get(key);
			if (doc == null) {
				throw new IllegalStateException("No OpenAPI documentation for " + key + " in OpenApiDocs");
			}
			collectRecords(ResolvableType.forMethodReturnType(handlerMethod.getMethod()));
			boolean list = CsvHandlerAdapter.isList(handlerMethod);
			if (list) {
				this.csvHeaders.put(doc.operationId(), csvHeader(handlerMethod));
			}
			operation.operationId(doc.operationId())
				.tags(List.of(doc.tag()))
				.summary(doc.summary())
				.description(doc.description());
			List<Parameter> parameters = new ArrayList<>();
			if (operation.getParameters() != null) {
				operation.getParameters()
					.stream()
					.filter((parameter) -> "path".equals(parameter.getIn()))
					.forEach((parameter) -> parameters
						.add(parameter.description(doc.idDescription()).example(doc.idExample()).schema(string())));
			}
			parameters.addAll(doc.parameters());
			if (list) {
				parameters.addAll(pageParameters(doc.sorts()));
			}
			parameters.add(new Parameter().$ref(REF + "parameters/IfNoneMatch"));
			parameters.add(new Parameter().$ref(REF + "parameters/IfMatchRead"));
			operation.parameters(parameters);
			return operation;
		};
	}

	/**
	 * Names and parameterises a write of {@link EditingController}: its operation id
	 * ({@code createFilm}, {@code replaceFilm}, {@code patchFilm}, {@code deleteFilm}),
	 * its tag, its {@code {id}} and its If-Match.
	 */
	private static Operation write(Operation operation, HandlerMethod handlerMethod) {
		String controller = handlerMethod.getBeanType().getSimpleName();
		Write resource = WRITES.get(controller);
		if (resource == null) {
			throw new IllegalStateException("No OpenAPI documentation for the writes of " + controller);
		}
		String verb = handlerMethod.getMethod().getName();
		String noun = resource.noun();
		String summary = switch (verb) {
			case "create" -> "Create " + article(noun);
			case "replace" -> "Replace " + article(noun);
			case "patch" -> "Change part of " + article(noun);
			default -> "Delete " + article(noun);
		};
		String description = switch (verb) {
			case "create" -> "Editors only. Answers 201 with Location, the ETag and the new " + noun + ".";
			case "replace" -> "Editors only. The whole " + noun + " as POST takes it; If-Match with its ETag.";
			case "patch" -> "Editors only. A JSON merge patch (RFC 7396) of the " + noun
					+ ": the fields to change, null to clear one; If-Match with its ETag.";
			default ->
				"Editors only. 204, or 409 naming what still refers to the " + noun + "; If-Match with its ETag.";
		};
		operation.operationId(verb + Character.toUpperCase(noun.charAt(0)) + noun.substring(1))
			.tags(List.of(resource.tag()))
			.summary(summary)
			.description(description);
		List<Parameter> parameters = new ArrayList<>();
		if (operation.getParameters() != null) {
			operation.getParameters()
				.stream()
				.filter((parameter) -> "path".equals(parameter.getIn()))
				.forEach((parameter) -> parameters
					.add(parameter.description("The " + noun + ": numeric id" + (resource.slugged() ? " or slug" : ""))
						.schema(string())));
		}
		if (!verb.equals("create")) {
			parameters.add(new Parameter().$ref(REF + "parameters/IfMatch"));
		}
		else {
			parameters.add(new Parameter().$ref(REF + "parameters/IdempotencyKey"));
		}
		operation.parameters(parameters.isEmpty() ? null : parameters);
		return operation;
	}

	private static ApiResponses importResponses() {
		ApiResponses responses = new ApiResponses();
		responses.addApiResponse("200", new ApiResponse()
			.description("What the import did: rows read, ceremonies, nominations added and already there, people, "
					+ "films and companies added, skipped rows, seconds")
			.content(new Content().addMediaType(JSON,
					new MediaType().schema(new JsonSchema().types(Set.of("object"))
						.addProperty("rowsRead", new JsonSchema().types(Set.of("integer")))
						.addProperty("nominationsAdded", new JsonSchema().types(Set.of("integer")))
						.addProperty("unchangedFile", new JsonSchema().types(Set.of("boolean")))))));
		responses.addApiResponse("400", new ApiResponse().$ref(REF + "responses/InvalidBody"));
		responses.addApiResponse("401", new ApiResponse().$ref(REF + "responses/Unauthorized"));
		responses.addApiResponse("403", new ApiResponse().$ref(REF + "responses/Forbidden"));
		responses.addApiResponse("409", new ApiResponse().$ref(REF + "responses/Conflict"));
		responses.addApiResponse("415", new ApiResponse().$ref(REF + "responses/UnsupportedMediaType"));
		responses.addApiResponse("413",
				problem("The file is larger than the import limit",
						members("type", "urn:awards-api:problem:content-too-large", "title", "Content Too Large",
								"status", 413, "detail", "The request body is larger than 20971520 bytes", "instance",
								"/api/imports")));
		responses.addApiResponse("422",
				problem("A row that is not of the format; nothing was changed",
						members("type", "urn:awards-api:problem:import-rejected", "title", "Import rejected", "status",
								422, "detail", "line 4: Winner must be True or empty, not 'Yes'; nothing was changed",
								"instance", "/api/imports", "line", 4)));
		responses.addApiResponse("500", new ApiResponse().$ref(REF + "responses/InternalError"));
		return responses;
	}

	private static String article(String noun) {
		return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
	}

	/**
	 * The answers of a write: what it answers when it works, and the problems.
	 */
	private static ApiResponses writeResponses(String verb, boolean hasId, Schema<?> resource) {
		ApiResponses responses = new ApiResponses();
		Map<String, Header> tag = Map.of("ETag", new Header().$ref(REF + "headers/ETag"));
		Content body = new Content().addMediaType(JSON,
				new MediaType().schema((resource != null) ? resource : new JsonSchema().types(Set.of("object"))));
		switch (verb) {
			case "post" -> responses.addApiResponse("201",
					new ApiResponse().description("Created")
						.addHeaderObject("ETag", new Header().$ref(REF + "headers/ETag"))
						.addHeaderObject("Location",
								new Header().description("The new resource").schema(string().format("uri-reference")))
						.content(body));
			case "delete" -> responses.addApiResponse("204", new ApiResponse().description("Deleted"));
			default -> responses.addApiResponse("200",
					new ApiResponse().description("The resource as it now is").headers(tag).content(body));
		}
		responses.addApiResponse("400", new ApiResponse().$ref(REF + "responses/InvalidBody"));
		responses.addApiResponse("401", new ApiResponse().$ref(REF + "responses/Unauthorized"));
		responses.addApiResponse("403", new ApiResponse().$ref(REF + "responses/Forbidden"));
		if (hasId) {
			responses.addApiResponse("404", new ApiResponse().$ref(REF + "responses/NotFound"));
		}
		responses.addApiResponse("409", new ApiResponse().$ref(REF + "responses/Conflict"));
		if (!verb.equals("delete")) {
			responses.addApiResponse("413", new ApiResponse().$ref(REF + "responses/ContentTooLarge"));
			responses.addApiResponse("415", new ApiResponse().$ref(REF + "responses/UnsupportedMediaType"));
		}
		if (!verb.equals("post")) {
			responses.addApiResponse("412", new ApiResponse().$ref(REF + "responses/PreconditionFailed"));
			responses.addApiResponse("428", new ApiResponse().$ref(REF + "responses/PreconditionRequired"));
		}
		else {
			responses.addApiResponse("422", new ApiResponse().$ref(REF + "responses/IdempotencyKeyReused"));
		}
		responses.addApiResponse("500", new ApiResponse().$ref(REF + "responses/InternalError"));
		return responses;
	}

	/**
	 * The answers of every operation: its 200 (JSON, and CSV for lists) with the caching
	 * headers, the 304, the problems, and the examples; then required and nullable
	 * properties, and the components they all refer to.
	 */
	@Bean
	OpenApiCustomizer awardsResponses() {
		return (openApi) -> {
			Components components = openApi.getComponents();
			if (components == null) {
				components = new Components();
				openApi.components(components);
			}
			addComponents(components);
			if (components.getSchemas() != null) {
				components.getSchemas()
					.keySet()
					.removeIf((name) -> name.equals("PageQuery") || name.equals("NominationFilter"));
				components.getSchemas().forEach(this::requiredAndNullable);
			}
			openApi.getPaths().forEach((path, item) -> {
				Operation get = item.getGet();
				if (get != null) {
					get.responses(responses(path, get));
				}
			});
			openApi.getPaths().forEach((path, item) -> {
				if (path.equals("/api/imports")) {
					item.getPost().responses(importResponses());
					// Its other handler method (springdoc leaves it out): the file itself
					item.getPost()
						.getRequestBody()
						.getContent()
						.addMediaType("text/tab-separated-values",
								new MediaType().schema(string().description("The file as it is")));
					return;
				}
				String single = path.endsWith("/{id}") ? path : path + "/{id}";
				PathItem one = openApi.getPaths().get(single);
				Schema<?> resource = (one != null && one.getGet() != null)
						? one.getGet().getResponses().get("200").getContent().get(JSON).getSchema() : null;
				boolean hasId = path.contains("{id}");
				if (item.getPost() != null) {
					item.getPost().responses(writeResponses("post", hasId, resource));
				}
				if (item.getPut() != null) {
					item.getPut().responses(writeResponses("put", hasId, resource));
				}
				if (item.getPatch() != null) {
					item.getPatch().responses(writeResponses("patch", hasId, resource));
					patchBody(openApi.getComponents(), item);
				}
				if (item.getDelete() != null) {
					item.getDelete().responses(writeResponses("delete", hasId, resource));
				}
			});
			// springdoc's JsonNode (Jackson's getters), referred to by nothing now
			openApi.getComponents().getSchemas().remove("JsonNode");
		};
	}

	/**
	 * The body of a {@code PATCH}: a JSON merge patch of what the {@code PUT} of the same
	 * path takes, described as {@code <Resource>Patch}, with the same properties, none
	 * required, and each one the {@code PUT} does not require also {@code null} (which
	 * clears it). The handler binds the patch as a {@code JsonNode}, which springdoc
	 * would describe as Jackson's class.
	 */
	private static void patchBody(Components components, PathItem item) {
		String ref = (item.getPut() != null)
				? item.getPut().getRequestBody().getContent().get(JSON).getSchema().get$ref() : null;
		if (ref == null) {
			throw new IllegalStateException("A PATCH without a PUT of a named schema to patch");
		}
		String whole = ref.substring(ref.lastIndexOf('/') + 1);
		String name = whole.replaceFirst("Request$", "") + "Patch";
		if (!components.getSchemas().containsKey(name)) {
			Schema<?> put = components.getSchemas().get(whole);
			List<String> required = (put.getRequired() != null) ? put.getRequired() : List.of();
			Schema<?> patch = new JsonSchema().types(Set.of("object"));
			patch.description("A JSON merge patch (RFC 7396) of " + whole
					+ ": only the properties to change; null clears one that " + whole + " does not require.");
			put.getProperties()
				.forEach((property, schema) -> patch.addProperty(property, required.contains(property) ? schema
						: new JsonSchema().anyOf(List.of(schema, new JsonSchema().types(Set.of("null"))))));
			components.addSchemas(name, patch);
		}
		item.getPatch()
			.getRequestBody()
			.getContent()
			.values()
			.forEach((media) -> media.setSchema(new JsonSchema().$ref(REF + "schemas/" + name)));
	}

	/**
	 * The header row of a list's CSV: the columns of its rows' type, as
	 * {@link CsvHandlerAdapter} writes them, so that each list's example is its own.
	 */
	private static String csvHeader(HandlerMethod handlerMethod) {
		Class<?> rowType = ResolvableType.forMethodReturnType(handlerMethod.getMethod())
			.as(PageResponse.class)
			.resolveGeneric(0);
		return String.join(",", CsvColumns.of((rowType != null) ? rowType : Object.class).names()) + "\r\n";
	}

	private ApiResponses responses(String path, Operation operation) {
		ApiResponse ok = operation.getResponses().get("200");
		Schema<?> schema = ok.getContent().values().iterator().next().getSchema();
		boolean list = schema.get$ref() != null && schema.get$ref().contains("/PageResponse");
		MediaType json = new MediaType().schema(schema);
		example(operation.getOperationId()).ifPresent((example) -> json.examples(Map.of("headline", example)));
		Content content = new Content().addMediaType(JSON, json);
		if (list) {
			content.addMediaType("text/csv", new MediaType()
				.schema(string().description(
						"RFC 4180 CSV in UTF-8 with a header row: every row of the list in the same order, nested "
								+ "values flattened to columns such as person.slug, lists joined with \"; \""))
				.example(this.csvHeaders.get(operation.getOperationId())));
		}
		ApiResponses responses = new ApiResponses();
		responses.addApiResponse("200",
				new ApiResponse().description(list ? "A page of the list (or, as CSV, all of it)" : "The resource")
					.headers(cachingHeaders())
					.content(content));
		responses.addApiResponse("304", new ApiResponse().$ref(REF + "responses/NotModified"));
		responses.addApiResponse("400", new ApiResponse().$ref(REF + "responses/BadRequest"));
		if (path.contains("{id}")) {
			responses.addApiResponse("404", new ApiResponse().$ref(REF + "responses/NotFound"));
		}
		responses.addApiResponse("406", new ApiResponse().$ref(REF + "responses/NotAcceptable"));
		responses.addApiResponse("412", new ApiResponse().$ref(REF + "responses/PreconditionFailed"));
		responses.addApiResponse("500", new ApiResponse().$ref(REF + "responses/InternalError"));
		return responses;
	}

	private java.util.Optional<Example> example(String operationId) {
		ClassPathResource resource = new ClassPathResource("openapi/examples/" + operationId + ".json");
		if (!resource.exists()) {
			return java.util.Optional.empty();
		}
		try (InputStream in = resource.getInputStream()) {
			return java.util.Optional.of(new Example().summary("As answered for the 97th Academy Awards")
				.value(this.json.readValue(in, Object.class)));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + resource, ex);
		}
	}

	private static Map<String, Header> cachingHeaders() {
		Map<String, Header> headers = new LinkedHashMap<>();
		headers.put("ETag", new Header().$ref(REF + "headers/ETag"));
		headers.put("Cache-Control", new Header().$ref(REF + "headers/CacheControl"));
		return headers;
	}

	private static void addComponents(Components components) {
		components.addSchemas("Problem", new JsonSchema().types(Set.of("object"))
			.description("An RFC 9457 problem. A bad parameter is named in `parameter` and, with every other "
					+ "bad one, in `errors`.")
			.addProperty("type",
					string().format("uri")
						.example("urn:awards-api:problem:invalid-parameter")
						.description("A stable URN: urn:awards-api:problem:invalid-parameter, …:not-found, "
								+ "…:not-acceptable, …:internal-error"))
			.addProperty("title", string().example("Invalid parameter"))
			.addProperty("status", new JsonSchema().types(Set.of("integer")).format("int32").example(400))
			.addProperty("detail", string().example("size must be at most 200"))
			.addProperty("instance", string().format("uri-reference").example("/api/nominations"))
			.addProperty("parameter", string().description("The first bad parameter (400 only)").example("size"))
			.addProperty("errors",
					new JsonSchema().types(Set.of("array"))
						.description("The bad parameters of the first check that finds any: parameters sent "
								+ "twice (all), a value of the wrong type (the first), the values' limits (all), "
								+ "a sort the list does not take; or every bad field of a request body (400 only)")
						.items(new JsonSchema().anyOf(List.of(new JsonSchema().$ref(REF + "schemas/ParameterError"),
								new JsonSchema().$ref(REF + "schemas/FieldError")))))
			.required(List.of("type", "title", "status")));
		components.addSchemas("ParameterError",
				new JsonSchema().types(Set.of("object"))
					.addProperty("parameter", string().example("size"))
					.addProperty("message", string().example("must be at most 200"))
					.required(List.of("parameter", "message")));
		components.addSchemas("FieldError",
				new JsonSchema().types(Set.of("object"))
					.addProperty("field", string().example("nominees[0].person"))
					.addProperty("message", string().example("names no person 'nobody'"))
					.required(List.of("field", "message")));
		components.addResponses("BadRequest", problem("A parameter the endpoint cannot take",
				members("type", "urn:awards-api:problem:invalid-parameter", "title", "Invalid parameter", "status", 400,
						"detail", "size must be at most 200", "instance", "/api/nominations", "parameter", "size",
						"errors", List.of(members("parameter", "size", "message", "must be at most 200")))));
		components.addResponses("NotFound",
				problem("No resource with this id or slug",
						members("type", "urn:awards-api:problem:not-found", "title", "Not Found", "status", 404,
								"detail", "No film with id or slug 'anora-2025'", "instance",
								"/api/films/anora-2025")));
		components.addResponses("NotAcceptable",
				problem("A representation this resource does not have (CSV is for lists only)",
						members("type", "urn:awards-api:problem:not-acceptable", "title", "Not Acceptable", "status",
								406, "detail", "This resource answers [application/json]", "instance",
								"/api/films/anora-2024")));
		components.addResponses("InternalError", problem("The server could not answer; it has been logged",
				members("type", "urn:awards-api:problem:internal-error", "title", "Internal Server Error", "status",
						500, "detail", "The server could not answer this request. It has been logged.", "instance",
						"/api/films")));
		components.addResponses("NotModified",
				new ApiResponse()
					.description(
							"Not modified: the data has not changed since the tag of If-None-Match " + "(or it is *)")
					.headers(cachingHeaders()));
		components.addHeaders("ETag", new Header().description("A strong tag of the data version and the "
				+ "representation: \"v42\" (JSON), \"v42-csv\" (CSV), \"v42.7.3\" (a single resource: id 7 at version 3), "
				+ "with -gzip at the end when the answer is gzip-compressed (Accept-Encoding: gzip): \"v42-gzip\"")
			.schema(string().example("\"v42\"")));
		components.addHeaders("CacheControl", new Header().description("Revalidate before reuse")
			.schema(string().example("public, max-age=0, must-revalidate")));
		components.addResponses("InvalidBody",
				problem("A request body that is not valid, naming every bad field",
						members("type", "urn:awards-api:problem:invalid-body", "title", "Invalid request body",
								"status", 400, "detail", "title must not be blank", "instance", "/api/films", "errors",
								List.of(members("field", "title", "message", "must not be blank")))));
		components.addResponses("Unauthorized",
				problem("No credentials, or wrong ones: writes need an editor (HTTP Basic)",
						members("type", "urn:awards-api:problem:unauthorized", "title", "Unauthorized", "status", 401,
								"detail", "Sign in as an editor to change data", "instance", "/api/films")));
		components.addResponses("Forbidden",
				problem("Signed in, but not as an editor", members("type", "urn:awards-api:problem:forbidden", "title",
						"Forbidden", "status", 403, "detail", "Only editors change data", "instance", "/api/films")));
		components.addResponses("Conflict", problem(
				"Something still refers to it (references), or a slug, IMDb id or ceremony edition is "
						+ "taken (errors names the field)",
				members("type", "urn:awards-api:problem:conflict", "title", "Conflict", "status", 409, "detail",
						"The film 'anora-2024' cannot be deleted: 7 nominations, 12 credits refer to it", "instance",
						"/api/films/anora-2024", "references", members("nominations", 7, "credits", 12))));
		components.addResponses("PreconditionFailed",
				problem("It changed since the ETag of If-Match",
						members("type", "urn:awards-api:problem:stale-if-match", "title", "Changed since you read it",
								"status", 412, "detail",
								"The film has changed since \"v41.2\"; it is now at version 3: "
										+ "GET it again and reapply your change",
								"instance", "/api/films/anora-2024")));
		components.addResponses("PreconditionRequired", problem("If-Match is missing",
				members("type", "urn:awards-api:problem:if-match-required", "title", "If-Match required", "status", 428,
						"detail", "Send If-Match with the ETag of the film you are changing (GET it first)", "instance",
						"/api/films/anora-2024")));
		components.addParameters("IfMatch",
				new Parameter().in("header")
					.name("If-Match")
					.description("The ETag of the resource as you read it (a GET or an earlier write answered it); "
							+ "* to change it whatever its version")
					.required(true)
					.schema(string().example("\"v42.7.3\"")));
		components.addParameters("IdempotencyKey", new Parameter().in("header")
			.name("Idempotency-Key")
			.description("A key of your choice (a UUID is best) that makes the POST safe to retry: the same "
					+ "request with the same key within 24 hours gets the first 2xx answer again, with "
					+ "Idempotent-Replayed: true, and changes nothing more; the key with another request is a 422, "
					+ "a retry while the first runs a 409 (idempotency-key-in-use) with Retry-After, a key not of "
					+ "1 to 255 visible ASCII characters a 400 (invalid-idempotency-key)")
			.required(false)
			.schema(string().pattern("^[\\x21-\\x7E]{1,255}$").example("3f1c2a4e-9b7d-4e21-8c55-0d6f1a2b3c4d")));
		components.addResponses("IdempotencyKeyReused", problem(
				"The Idempotency-Key was sent before with another request (method, path, query or body)",
				members("type", "urn:awards-api:problem:idempotency-key-reused", "title", "Idempotency-Key reused",
						"status", 422, "detail",
						"This Idempotency-Key was first used for another request; use a new key for a new request.",
						"instance", "/api/films")));
		components.addResponses("ContentTooLarge",
				problem("The body is over the limit of a write",
						members("type", "urn:awards-api:problem:content-too-large", "title", "Content Too Large",
								"status", 413, "detail", "The request body may be at most 1048576 bytes.", "instance",
								"/api/films")));
		components.addResponses("UnsupportedMediaType", problem("A body of a media type the resource does not read",
				members("type", "urn:awards-api:problem:unsupported-media-type", "title", "Unsupported Media Type",
						"status", 415, "detail", "The request body must be application/json; it was sent as text/plain",
						"instance", "/api/films")));
		components.addParameters("IfMatchRead",
				new Parameter().in("header")
					.name("If-Match")
					.description("An ETag of an earlier answer: the answer only if it still holds (for a resource, its "
							+ "version after the dot; for a list, the data version), else 412; * whenever it exists")
					.required(false)
					.schema(string().example("\"v42.7.3\"")));
		components.addParameters("IfNoneMatch",
				new Parameter().in("header")
					.name("If-None-Match")
					.description("An ETag of an earlier answer: 304 without a body if the data has not changed since; "
							+ "* for a 304 whenever it exists")
					.required(false)
					.schema(string().example("\"v42\"")));
	}

	/**
	 * An example's members in the order given (a problem's as the API writes them: type,
	 * title, status, detail, instance, then its own), so that the document is the same at
	 * every start: {@code Map.of}'s order changes from one JVM to the next.
	 * @param namesAndValues each member's name, then its value
	 * @return the members
	 */
	private static Map<String, Object> members(Object... namesAndValues) {
		Map<String, Object> members = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			members.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return members;
	}

	private static ApiResponse problem(String description, Map<String, Object> example) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(PROBLEM_JSON,
					new MediaType().schema(new JsonSchema().$ref(REF + "schemas/Problem")).example(example)));
	}

	/**
	 * Every property of a record is always present; {@code null} is allowed where the
	 * Java type allows it (not for primitives and lists).
	 */
	private void requiredAndNullable(String name, Schema<?> schema) {
		Class<?> type = this.records.get(name);
		if (type == null || schema.getProperties() == null) {
			return;
		}
		List<String> required = new ArrayList<>();
		for (RecordComponent component : type.getRecordComponents()) {
			Schema<?> property = schema.getProperties().get(component.getName());
			if (property == null) {
				continue;
			}
			required.add(component.getName());
			Class<?> javaType = component.getType();
			if (javaType.isPrimitive() || Collection.class.isAssignableFrom(javaType)
					|| type.getPackage().equals(PageResponse.class.getPackage())) {
				continue;
			}
			if (property.get$ref() != null) {
				schema.getProperties()
					.put(component.getName(), new JsonSchema().anyOf(List.of(new JsonSchema().$ref(property.get$ref()),
							new JsonSchema().types(Set.of("null")))));
			}
			else if (property.getTypes() != null) {
				Set<String> types = new LinkedHashSet<>(property.getTypes());
				types.add("null");
				property.setTypes(types);
			}
			else if (property.getType() != null) {
				property.setTypes(new LinkedHashSet<>(List.of(property.getType(), "null")));
			}
		}
		schema.setRequired(required);
	}

	private void collectRecords(ResolvableType type) {
		Class<?> resolved = type.resolve();
		if (resolved == null) {
			return;
		}
		if (Collection.class.isAssignableFrom(resolved)) {
			collectRecords(type.asCollection().getGeneric(0));
			return;
		}
		if (!resolved.isRecord() || this.records.containsValue(resolved) && !PageResponse.class.equals(resolved)) {
			return;
		}
		if (PageResponse.class.equals(resolved)) {
			ResolvableType row = type.as(PageResponse.class).getGeneric(0);
			Class<?> rowType = row.resolve();
			if (rowType != null) {
				this.records.put("PageResponse" + rowType.getSimpleName(), PageResponse.class);
			}
			collectRecords(row);
			this.records.put("PageMetadata", PageResponse.PageMetadata.class);
			return;
		}
		this.records.put(resolved.getSimpleName(), resolved);
		for (RecordComponent component : resolved.getRecordComponents()) {
			collectRecords(ResolvableType.forType(component.getGenericType()));
		}
	}

	private static List<Parameter> pageParameters(List<String> sorts) {
		List<String> values = new ArrayList<>();
		sorts.forEach((sort) -> values.addAll(List.of(sort, sort + ",asc", sort + ",desc")));
		return List.of(
				query("page", "The page number, from 0 (ignored by CSV, which has every row)",
						integer(0, null).example(0)._default(0)),
				query("size", "The page size, 1 to 200 (ignored by CSV, which has every row)",
						integer(1, PageQuery.MAX_SIZE).example(20)._default(PageQuery.DEFAULT_SIZE)),
				query("sort",
						"Sort by a property, ascending unless `,desc`; repeat for more. Names and titles sort "
								+ "ignoring case, accents and punctuation. Allowed: " + String.join(", ", sorts),
						new JsonSchema().types(Set.of("array")).items(values(values))),
				query("format", "`csv` for every row as CSV (as `Accept: text/csv` does); `json` by default",
						values(List.of("json", "csv"))));
	}

	private static Parameter query(String name, String description, Schema<?> schema) {
		return new Parameter().in("query").name(name).description(description).required(false).schema(schema);
	}

	@SuppressWarnings("unchecked")
	private static Schema<Object> string() {
		return (Schema<Object>) (Schema<?>) new JsonSchema().types(Set.of("string"));
	}

	private static Schema<Object> values(List<String> values) {
		Schema<Object> schema = string();
		schema.setEnum(new ArrayList<>(values));
		return schema;
	}

	@SuppressWarnings("unchecked")
	private static Schema<Object> integer(Integer minimum, Integer maximum) {
		Schema<Object> schema = (Schema<Object>) (Schema<?>) new JsonSchema().types(Set.of("integer")).format("int32");
		if (minimum != null) {
			schema.minimum(java.math.BigDecimal.valueOf(minimum));
		}
		if (maximum != null) {
			schema.maximum(java.math.BigDecimal.valueOf(maximum));
		}
		return schema;
	}

	@SuppressWarnings("unchecked")
	private static Schema<Object> bool() {
		return (Schema<Object>) (Schema<?>) new JsonSchema().types(Set.of("boolean"));
	}

	private static Tag tag(String name, String description) {
		return new Tag().name(name).description(description);
	}

	private static Parameter idOrSlug(String name, String what, String example) {
		return query(name, what + ": numeric id or slug; one that matches nothing gives an empty page",
				string().example(example));
	}

	private static Parameter won() {
		return query("won", "`true` for wins only, `false` for the nominations that did not win", bool());
	}

	private static Map<String, Doc> docs() {
		List<String> nominationSorts = List.of("date", "ceremony", "category", "won");
		List<Parameter> nominationFilters = List.of(idOrSlug("award", "Award programme", "oscars"),
				idOrSlug("ceremony", "Ceremony", "oscars-97"),
				query("category", "Canonical category slug (or id); matches every historical name of it",
						string().example("best-picture")),
				idOrSlug("film", "Film", "anora-2024"), idOrSlug("person", "Nominee", "sean-baker"), won());
		List<Parameter> winsFilters = new ArrayList<>(
				nominationFilters.stream().filter((filter) -> !filter.getName().equals("won")).toList());
		winsFilters.add(query("won", "`true` or left out: this list holds wins only (`false` is a 400; "
				+ "`/api/nominations?won=false` lists the nominations that did not win)", bool()));
		Map<String, Doc> docs = new LinkedHashMap<>();
		docs.put("AwardController#awards", new Doc("listAwards", "Awards", "List award programmes",
				"The award programmes on record, by name.", null, null, List.of(), List.of("name", "slug")));
		docs.put("AwardController#award",
				new Doc("getAward", "Awards", "Get an award programme",
						"One award programme with how many ceremonies and categories it has.", "Award programme",
						"oscars", List.of(), List.of()));
		docs.put("AwardController#categories",
				new Doc("listAwardCategories", "Awards", "List the categories of an award programme",
						"Its categories under their canonical names, each with every name it was presented under.",
						"Award programme", "oscars",
						List.of(query("class", "Only the categories of this class",
								values(Arrays.stream(CategoryClass.values()).map(Enum::name).toList()))),
						List.of("name", "slug")));
		docs.put("CeremonyController#ceremonies",
				new Doc("listCeremonies", "Ceremonies", "List ceremonies", "Ceremonies, newest first.", null, null,
						List.of(idOrSlug("award", "Award programme", "oscars"),
								query("year", "The calendar year the ceremony was held in (the 97th: 2025)",
										integer(1900, 9999).example(2025))),
						List.of("date", "edition", "name")));
		docs.put("CeremonyController#ceremony",
				new Doc("getCeremony", "Ceremonies", "Get a ceremony",
						"One ceremony with its counts (official nominations and every win) and who presented what.",
						"Ceremony", "oscars-97", List.of(), List.of()));
		docs.put("CeremonyController#nominations",
				new Doc("listCeremonyNominations", "Ceremonies", "List the nominations of a ceremony",
						"Its nominations, by category and order of announcement.", "Ceremony", "oscars-97",
						List.of(query("category",
								"Canonical category slug (or id); matches every historical name of it",
								string().example("best-picture")), won()),
						nominationSorts));
		docs.put("StatsController#winsByPerson", new Doc("winsByPerson", "Ceremonies", "Wins by person at a ceremony",
				"Per person nominated there: wins, nominations, each nomination's category and films, most wins first.",
				"Ceremony", "oscars-97", List.of(), List.of("wins", "nominations", "name")));
		docs.put("StatsController#winsByFilm",
				new Doc("winsByFilm", "Ceremonies", "Wins by film at a ceremony",
						"Per film nominated there: wins and nominations, most wins first.", "Ceremony", "oscars-97",
						List.of(), List.of("wins", "nominations", "title")));
		docs.put("FilmController#films",
				new Doc("listFilms", "Films", "List or search films", "Films by title.", null, null, List.of(query("q",
						"Words of the title, in any order, ignoring case and accents (at most 200 characters and "
								+ SearchWords.MAX + " different words)",
						string().maxLength(200).example("anora")),
						query("year", "The film's year", integer(null, null).example(2024))),
						List.of("title", "year")));
		docs.put("FilmController#film",
				new Doc("getFilm", "Films", "Get a film", "One film with its credits, companies and every nomination.",
						"Film", "anora-2024", List.of(), List.of()));
		docs.put("FilmController#nominations", new Doc("listFilmNominations", "Films", "List the nominations of a film",
				"Its nominations, newest first.", "Film", "anora-2024", List.of(won()), nominationSorts));
		docs.put("PersonController#people",
				new Doc("listPeople", "People", "List or search people", "People by name.", null, null,
						List.of(query("q",
								"Words of the name, in any order, ignoring case and accents: \"karla sofia gascon\" "
										+ "(at most 200 characters and " + SearchWords.MAX + " different words)",
								string().maxLength(200).example("karla sofia gascon"))),
						List.of("name")));
		docs.put("PersonController#person",
				new Doc("getPerson", "People", "Get a person",
						"One person with credits, nominations, presentations and quotes.", "Person", "sean-baker",
						List.of(), List.of()));
		docs.put("PersonController#nominations",
				new Doc("listPersonNominations", "People", "List the nominations of a person",
						"Their nominations, newest first.", "Person", "sean-baker",
						List.of(won(), idOrSlug("ceremony", "Ceremony", "oscars-97")), nominationSorts));
		docs.put("StatsController#winsByCeremony",
				new Doc("winsByCeremony", "People", "Wins by ceremony of a person",
						"Their wins and nominations at each ceremony, newest first.", "Person", "sean-baker", List.of(),
						List.of("date", "wins", "nominations")));
		docs.put("NominationController#nominations", new Doc("listNominations", "Nominations", "List nominations",
				"Nominations across ceremonies, newest ceremony first, then by category and order of announcement.",
				null, null, nominationFilters, nominationSorts));
		docs.put("StatsController#winsByPersonPerCeremony", new Doc("winsByPersonPerCeremony", "Statistics",
				"Wins by person per ceremony",
				"Rows of (person, ceremony, wins, nominations, films), most wins first: who won most in one night.",
				null, null,
				List.of(idOrSlug("award", "Award programme", "oscars"), idOrSlug("ceremony", "Ceremony", "oscars-97"),
						idOrSlug("person", "Person", "sean-baker"),
						query("minWins", "Only the rows with at least this many wins",
								integer(1, null).example(4)._default(1)),
						query("competitiveOnly", "Leave out Special and SciTech categories", bool()._default(false))),
				List.of("wins", "nominations", "date", "name")));
		docs.put("SourceController#sources",
				new Doc("listSources", "Sources", "List sources",
						"The sources that facts cite, with how many facts cite each.", null, null, List.of(),
						List.of("title", "publishedOn")));
		docs.put("SourceController#source",
				new Doc("getSource", "Sources", "Get a source", "One source with how many facts cite it.", "Source",
						"academy-97th-academy-awards", List.of(), List.of()));
		docs.put("WinsController#wins",
				new Doc("listWins", "Nominations", "List wins",
						"The nominations that won, across ceremonies (`won` is always true here).", null, null,
						winsFilters, nominationSorts));
		docs.put("NominationController#nomination", new Doc("getNomination", "Nominations", "Get a nomination",
				"One nomination with its films, nominees and sources.", "Nomination", "1", List.of(), List.of()));
		docs.put("CategoryController#category",
				new Doc("getCategory", "Awards", "Get a category",
						"One category with every name it was presented under (a slug only where one award has it).",
						"Category", "best-picture", List.of(), List.of()));
		docs.put("CompanyController#companies", new Doc("listCompanies", "Films", "List or search companies",
				"Companies by name.", null, null,
				List.of(query("q",
						"Words of the name, in any order, ignoring case and accents (at most 200 characters and "
								+ SearchWords.MAX + " different words)",
						string().maxLength(200).example("neon"))),
				List.of("name")));
		docs.put("CompanyController#company", new Doc("getCompany", "Films", "Get a company",
				"One company with how many films and nominations it has.", "Company", "neon", List.of(), List.of()));
		docs.put("CreditController#credit", new Doc("getCredit", "Films", "Get a credit",
				"One person's work on one film.", "Credit (numeric id)", "1", List.of(), List.of()));
		docs.put("PresentationController#presentation", new Doc("getPresentation", "Ceremonies", "Get a presentation",
				"Who presented a category at a ceremony.", "Presentation", "1", List.of(), List.of()));
		docs.put("QuoteController#quote", new Doc("getQuote", "People", "Get a quote",
				"Words said at a ceremony, with the nomination they belong to.", "Quote", "1", List.of(), List.of()));
		return Map.copyOf(docs);
	}

	/** The resources editors write, by controller: what each is called and its tag. */
	private static final Map<String, Write> WRITES = Map.ofEntries(
			Map.entry("AwardController", new Write("award", "Awards", true)),
			Map.entry("CategoryController", new Write("category", "Awards", true)),
			Map.entry("CeremonyController", new Write("ceremony", "Ceremonies", true)),
			Map.entry("PresentationController", new Write("presentation", "Ceremonies", false)),
			Map.entry("FilmController", new Write("film", "Films", true)),
			Map.entry("CompanyController", new Write("company", "Films", true)),
			Map.entry("CreditController", new Write("credit", "Films", false)),
			Map.entry("PersonController", new Write("person", "People", true)),
			Map.entry("QuoteController", new Write("quote", "People", false)),
			Map.entry("NominationController", new Write("nomination", "Nominations", false)),
			Map.entry("SourceController", new Write("source", "Sources", true)));

	/**
	 * A resource editors write.
	 *
	 * @param noun what one is called
	 * @param tag its feature
	 * @param slugged whether its {@code {id}} takes a slug as well as the numeric id
	 */
	record Write(String noun, String tag, boolean slugged) {
	}

	/**
	 * The documentation of one handler method.
	 *
	 * @param operationId its stable, unique operation id
	 * @param tag its feature
	 * @param summary what it does, in a few words
	 * @param description what it answers
	 * @param idDescription what its {@code {id}} names, if it has one
	 * @param idExample an example {@code {id}}
	 * @param parameters its query parameters, but for the paging ones
	 * @param sorts for a list, the properties it sorts by
	 */
	record Doc(String operationId, String tag, String summary, String description, String idDescription,
			String idExample, List<Parameter> parameters, List<String> sorts) {

		Doc {
			if (idDescription != null) {
				idDescription = idDescription + ": numeric id or slug";
			}
		}

	}

}
