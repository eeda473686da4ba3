package io.policygraph.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the running service, as a front end or curl would talk to it. */
public final class GraphQlHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	private final String apiKey;

	public GraphQlHttp(int port) {
		this(port, null);
	}

	private GraphQlHttp(int port, String apiKey) {
		this.base = "http://127.0.0.1:" + port;
		this.apiKey = apiKey;
	}

	/** The same client sending {@code Authorization: Bearer <key>}. */
	public GraphQlHttp withKey(String key) {
		return new GraphQlHttp(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)), key);
	}

	/** POSTs a GraphQL document to {@code /graphql} and returns the whole JSON response. */
	public JsonNode query(String document) {
		return query(document, Map.of());
	}

	public JsonNode query(String document, Map<String, Object> variables) {
		String body = JSON.writeValueAsString(Map.of("query", document, "variables", variables));
		Response response = post(body);
		if (response.status() != 200) {
			throw new AssertionError("POST /graphql answered HTTP " + response.status() + ": " + response.body());
		}
		return response.json();
	}

	/** Runs the document {@code src/test/resources/graphql-test/<name>.graphql}. */
	public JsonNode document(String name, Map<String, Object> variables) {
		String path = "graphql-test/" + name + ".graphql";
		try (var in = GraphQlHttp.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new AssertionError("No test document " + path);
			}
			return query(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), variables);
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	/** Like {@link #document(String, Map)}, and fails on any GraphQL error. */
	public JsonNode data(String name, Map<String, Object> variables) {
		JsonNode response = document(name, variables);
		if (response.has("errors")) {
			throw new AssertionError(name + " answered with errors: " + response.get("errors"));
		}
		return response.get("data");
	}

	/** The months of the reports in the graph, in order. */
	public java.util.List<String> reportMonths() {
		return query("{ reports { month } }").at("/data/reports")
			.valueStream()
			.map(report -> report.get("month").asString())
			.sorted()
			.toList();
	}

		/** POSTs a raw body to {@code /graphql}, whatever the status. */
	public Response post(String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (apiKey != null) {
			request.header("Authorization", "Bearer " + apiKey);
		}
		return send(request);
	}

	public static String body(String document, Map<String, Object> variables) {
		return JSON.writeValueAsString(Map.of("query", document, "variables", variables));
	}

	public Response get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
	}

	private Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new AssertionError("HTTP request failed: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted", ex);
		}
	}

	/** An HTTP status and body. */
	public record Response(int status, String body) {

		public JsonNode json() {
			return JSON.readTree(body);
		}

	}

}
