package io.policygraph.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A GraphQL server over HTTP (PolicyGraph or the Neo4j GraphQL Library): each query is a
 * POST of {@code {"query", "variables"}} as JSON, answered 200 without {@code errors}.
 * One HTTP/1.1 client with keep-alive connections serves every worker thread.
 */
class GraphQlTarget implements Target {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final String name;

	private final URI endpoint;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	/** The request bodies by query id. */
	private final Map<String, String> bodies = new ConcurrentHashMap<>();

	private final AutoCloseable server;

	/**
	 * @param documents the documents by query id
	 * @param variables the variables by query id (an empty object for none)
	 * @param server what to stop on {@link #close()}: the server's process, or nothing
	 */
	GraphQlTarget(String name, URI endpoint, Map<String, String> documents, Map<String, ObjectNode> variables,
			AutoCloseable server) throws Exception {
		this.name = name;
		this.endpoint = endpoint;
		this.server = server;
		documents.forEach((id, document) -> {
			ObjectNode body = JSON.createObjectNode();
			body.put("query", document);
			body.set("variables", variables.getOrDefault(id, JSON.createObjectNode()));
			this.bodies.put(id, JSON.writeValueAsString(body));
		});
		passCursorToSecondPage(documents, variables);
	}

	/**
	 * {@link Queries#SECOND_PAGE} asks for the page after the first one's
	 * {@code endCursor}, which only the server can tell.
	 */
	private void passCursorToSecondPage(Map<String, String> documents, Map<String, ObjectNode> variables)
			throws Exception {
		if (!documents.containsKey(Queries.SECOND_PAGE) || !documents.containsKey(Queries.FIRST_PAGE)) {
			return;
		}
		JsonNode endCursor = post(Queries.FIRST_PAGE).findValue("endCursor");
		if (endCursor == null || !endCursor.isString()) {
			throw new IllegalStateException(name + ": no endCursor in the answer to " + Queries.FIRST_PAGE);
		}
		ObjectNode pageVariables = variables.getOrDefault(Queries.SECOND_PAGE, JSON.createObjectNode()).deepCopy();
		pageVariables.put("after", endCursor.asString());
		ObjectNode body = JSON.createObjectNode();
		body.put("query", documents.get(Queries.SECOND_PAGE));
		body.set("variables", pageVariables);
		this.bodies.put(Queries.SECOND_PAGE, JSON.writeValueAsString(body));
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public boolean supports(String queryId) {
		return this.bodies.containsKey(queryId);
	}

	@Override
	public List<String> run(String queryId) throws Exception {
		List<String> ids = new ArrayList<>();
		collectIds(post(queryId), ids);
		return ids;
	}

	/** The {@code data} of a successful answer. */
	private JsonNode post(String queryId) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(this.endpoint)
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(this.bodies.get(queryId)))
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(
					this.name + " " + queryId + ": HTTP " + response.statusCode() + " " + abbreviate(response.body()));
		}
		JsonNode answer = JSON.readTree(response.body());
		if (answer.has("errors")) {
			throw new IllegalStateException(
					this.name + " " + queryId + ": " + abbreviate(answer.get("errors").toString()));
		}
		return answer.path("data");
	}

	/**
	 * Every {@code id} string of the answer, depth first in the answer's order; a field
	 * of the answer's root that is a list of strings (a path as {@code [ID!]}) is a list
	 * of ids too.
	 */
	static void collectIds(JsonNode data, List<String> ids) {
		data.values().forEach(field -> {
			if (field.isArray() && !field.isEmpty() && field.values().stream().allMatch(JsonNode::isString)) {
				field.values().forEach(id -> ids.add(id.asString()));
			}
			else {
				collectIdFields(field, ids);
			}
		});
	}

	private static void collectIdFields(JsonNode node, List<String> ids) {
		if (node.isObject()) {
			node.properties().forEach(entry -> {
				if (entry.getKey().equals("id") && entry.getValue().isString()) {
					ids.add(entry.getValue().asString());
				}
				else {
					collectIdFields(entry.getValue(), ids);
				}
			});
		}
		else if (node.isArray()) {
			node.values().forEach(value -> collectIdFields(value, ids));
		}
	}

	private static String abbreviate(String text) {
		return (text.length() > 300) ? text.substring(0, 300) + "…" : text;
	}

	@Override
	public void close() throws Exception {
		if (this.server != null) {
			this.server.close();
		}
	}

}
