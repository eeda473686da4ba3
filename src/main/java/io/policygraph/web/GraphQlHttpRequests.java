package io.policygraph.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.GraphQlRequest;
import org.springframework.graphql.support.DefaultGraphQlRequest;
import org.springframework.util.MultiValueMap;
import org.springframework.util.unit.DataSize;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the GraphQL request of a POST body or of GET URL parameters, as the GraphQL over
 * HTTP specification lays them out: {@code query} (a string, required),
 * {@code operationName} (a string), {@code variables} and {@code extensions} (JSON
 * objects; in a URL, the JSON text of one); each may be {@code null}. Other members are
 * ignored. Anything else is refused with a {@link BadHttpRequestException#malformed 400}
 * whose message names the member and what it was.
 */
class GraphQlHttpRequests {

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private static final String EXAMPLE = "{\"query\": \"{ stats { nodes } }\", \"variables\": {}}";

	private final JsonMapper json;

	private final ObjectReader strictReader;

	private final long maxVariablesBytes;

	GraphQlHttpRequests(JsonMapper json, DataSize maxVariablesSize) {
		this.json = json;
		this.maxVariablesBytes = maxVariablesSize.toBytes();
		this.strictReader = json.readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
	}

	/** The request in a JSON body (UTF-8): one object, not a batch. */
	GraphQlRequest fromBody(byte[] body) {
		if (body.length == 0) {
			throw BadHttpRequestException.malformed("The request body is empty; POST a JSON object such as " + EXAMPLE);
		}
		JsonNode root = parse(body, "The request body");
		if (root == null || root.isMissingNode()) {
			throw BadHttpRequestException.malformed("The request body is empty; POST a JSON object such as " + EXAMPLE);
		}
		if (root.isArray()) {
			throw BadHttpRequestException.malformed("The request body is a JSON array (a batch of " + root.size()
					+ " requests); this endpoint takes one request per body, a JSON object such as " + EXAMPLE);
		}
		if (!root.isObject()) {
			throw BadHttpRequestException
				.malformed("The request body is " + describe(root) + "; it must be a JSON object such as " + EXAMPLE);
		}
		return request(root.get("query"), root.get("operationName"), root.get("variables"), root.get("extensions"),
				"in the request body", body.length);
	}

	/**
	 * The request in URL parameters of a GET: {@code variables} and {@code extensions}
	 * hold JSON text.
	 */
	GraphQlRequest fromParameters(MultiValueMap<String, String> parameters) {
		for (String name : List.of("query", "operationName", "variables", "extensions")) {
			List<String> values = parameters.get(name);
			if (values != null && values.size() > 1) {
				throw BadHttpRequestException
					.malformed("The URL parameter '" + name + "' is given " + values.size() + " times; give it once");
			}
		}
		String query = parameters.getFirst("query");
		String operationName = parameters.getFirst("operationName");
		JsonNode variables = jsonParameter(parameters.getFirst("variables"), "variables");
		JsonNode extensions = jsonParameter(parameters.getFirst("extensions"), "extensions");
		return request(query == null ? null : json.getNodeFactory().stringNode(query),
				operationName == null || operationName.isEmpty() ? null
						: json.getNodeFactory().stringNode(operationName),
				variables, extensions, "in the URL parameters",
				variables == null ? 0 : parameters.getFirst("variables").getBytes(StandardCharsets.UTF_8).length);
	}

	private JsonNode jsonParameter(String text, String name) {
		if (text == null || text.isEmpty()) {
			return null;
		}
		return parse(text.getBytes(StandardCharsets.UTF_8), "The URL parameter '" + name + "'");
	}

	private GraphQlRequest request(JsonNode query, JsonNode operationName, JsonNode variables, JsonNode extensions,
			String where, long sourceBytes) {
		if (query == null || query.isNull()) {
			throw BadHttpRequestException.malformed("The request has no 'query' " + where
					+ "; it must hold the GraphQL document as a string, as in " + EXAMPLE);
		}
		if (!query.isString()) {
			throw BadHttpRequestException.malformed("'query' " + where + " is " + describe(query)
					+ "; it must be a string holding the GraphQL document");
		}
		if (operationName != null && !operationName.isNull() && !operationName.isString()) {
			throw BadHttpRequestException.malformed("'operationName' " + where + " is " + describe(operationName)
					+ "; it must be a string naming an operation of the document, or null");
		}
		return new DefaultGraphQlRequest(query.asString(),
				operationName == null || operationName.isNull() ? null : operationName.asString(),
				variables(variables, where, sourceBytes), object(extensions, "extensions", where, "extension values"));
	}

	private Map<String, Object> object(JsonNode node, String name, String where, String content) {
		if (node == null || node.isNull()) {
			return Map.of();
		}
		if (!node.isObject()) {
			String hint = node.isString() ? " (send the object itself, not a string of JSON)" : "";
			throw BadHttpRequestException.malformed("'" + name + "' " + where + " is " + describe(node)
					+ "; it must be a JSON object of " + content + ", or null" + hint);
		}
		return json.convertValue(node, MAP);
	}

	/**
	 * The variables, at most {@code policygraph.limits.max-variables-size} as compact
	 * UTF-8 JSON (however the client escaped them). Compact JSON is never longer than the
	 * text it was read from, so they are measured only when that text passes the limit.
	 */
	private Map<String, Object> variables(JsonNode variables, String where, long sourceBytes) {
		Map<String, Object> values = object(variables, "variables", where,
				"values of the document's variables, such as {\"name\": \"天津\"}");
		if (sourceBytes <= this.maxVariablesBytes || values.isEmpty()) {
			return values;
		}
		long size = json.writeValueAsBytes(variables).length;
		if (size > this.maxVariablesBytes) {
			throw BadHttpRequestException.tooLarge("'variables' " + where + " are " + size
					+ " bytes as compact JSON; the limit is " + this.maxVariablesBytes + " bytes ("
					+ RequestBodies.readable(this.maxVariablesBytes)
					+ ", policygraph.limits.max-variables-size): send smaller values, or raise the limit on the server");
		}
		return values;
	}

	private JsonNode parse(byte[] text, String what) {
		try {
			return strictReader.readValue(text);
		}
		catch (JacksonException ex) {
			TokenStreamLocation location = ex.getLocation();
			String at = location == null || location.getLineNr() < 0 ? ""
					: " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
			throw BadHttpRequestException.malformed(what + " is not valid JSON" + at);
		}
	}

	/**
	 * What a JSON value is, in the words of a client developer: "a JSON string", "JSON
	 * null".
	 */
	private static String describe(JsonNode node) {
		return switch (node.getNodeType()) {
			case NULL -> "JSON null";
			case STRING -> "a JSON string";
			case NUMBER -> "a JSON number";
			case BOOLEAN -> "a JSON boolean";
			case ARRAY -> "a JSON array";
			case OBJECT, POJO -> "a JSON object";
			default -> "not a JSON value";
		};
	}

}
