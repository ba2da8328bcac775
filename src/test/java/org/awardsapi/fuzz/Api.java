package org.awardsapi.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The operations of the API as its OpenAPI document has them: every path and method, its
 * path and query parameters, and the body types and fields it takes.
 *
 * @param operations every operation
 */
record Api(List<Operation> operations) {

	static final List<String> METHODS = List.of("get", "head", "post", "put", "patch", "delete", "options", "trace");

	static Api of(JsonNode document) {
		List<Operation> operations = new ArrayList<>();
		JsonNode schemas = document.path("components").path("schemas");
		for (var path : document.path("paths").properties()) {
			for (var method : path.getValue().properties()) {
				if (!METHODS.contains(method.getKey())) {
					continue;
				}
				JsonNode operation = method.getValue();
				List<Parameter> parameters = new ArrayList<>();
				for (JsonNode parameter : operation.path("parameters")) {
					parameters.add(new Parameter(parameter.path("name").asString(), parameter.path("in").asString(),
							parameter.path("schema")));
				}
				Map<String, Body> bodies = new LinkedHashMap<>();
				for (var content : operation.path("requestBody").path("content").properties()) {
					bodies.put(content.getKey(), Body.of(resolve(content.getValue().path("schema"), schemas), schemas));
				}
				operations
					.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), parameters, bodies));
			}
		}
		return new Api(List.copyOf(operations));
	}

	static JsonNode resolve(JsonNode schema, JsonNode schemas) {
		String ref = schema.path("$ref").asString("");
		return ref.startsWith("#/components/schemas/") ? schemas.path(ref.substring(21)) : schema;
	}

	List<Operation> reads() {
		return this.operations.stream().filter((o) -> o.method().equals("GET")).toList();
	}

	List<Operation> writes() {
		return this.operations.stream().filter(Operation::isWrite).toList();
	}

	/**
	 * One documented operation.
	 *
	 * @param method the method
	 * @param path the path template
	 * @param parameters its parameters
	 * @param bodies the body it takes, by media type
	 */
	record Operation(String method, String path, List<Parameter> parameters, Map<String, Body> bodies) {

		boolean isWrite() {
			return List.of("POST", "PUT", "PATCH", "DELETE").contains(this.method);
		}

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	/**
	 * A parameter.
	 *
	 * @param name its name
	 * @param in path, query or header
	 * @param schema its schema
	 */
	record Parameter(String name, String in, JsonNode schema) {

		/**
		 * @return the values its schema lists, for itself or its items
		 */
		List<String> enumValues() {
			List<String> values = new ArrayList<>();
			this.schema.path("enum").forEach((value) -> values.add(value.asString()));
			this.schema.path("items").path("enum").forEach((value) -> values.add(value.asString()));
			return values;
		}

		String type() {
			String type = this.schema.path("type").asString("");
			return type.equals("array") ? this.schema.path("items").path("type").asString("string") : type;
		}

	}

	/**
	 * The fields a JSON body takes (none for other bodies).
	 *
	 * @param fields each field's type ({@code string}, {@code integer}, …)
	 * @param required the fields it must have
	 */
	record Body(Map<String, String> fields, List<String> required) {

		static Body of(JsonNode schema, JsonNode schemas) {
			Map<String, String> fields = new LinkedHashMap<>();
			for (var property : schema.path("properties").properties()) {
				JsonNode resolved = resolve(property.getValue(), schemas);
				String type = resolved.path("type").asString("");
				if (type.isEmpty() && resolved.has("properties")) {
					type = "object";
				}
				if (type.isEmpty() && resolved.path("oneOf").isArray()) {
					type = "object";
				}
				fields.put(property.getKey(), type.isEmpty() ? "string" : type);
			}
			List<String> required = new ArrayList<>();
			schema.path("required").forEach((name) -> required.add(name.asString()));
			return new Body(fields, required);
		}

	}

}
