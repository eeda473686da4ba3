package io.policygraph.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import graphql.introspection.Introspection;
import io.policygraph.support.Curators;
import io.policygraph.support.NodeScript;
import io.policygraph.support.PolicyGraphIT;
import io.policygraph.support.Service;
import io.policygraph.support.TestNeo4j;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /graphql} as the GraphQL over HTTP specification describes it, checked by other
 * people's code (graphql-http's server audits, urql's client, which queries by GET) and
 * by plain HTTP requests of each rule: GET for queries only, media types and status
 * codes, a GraphQL error body for every malformed request, and CORS for the origins
 * configured.
 */
@PolicyGraphIT
@ExtendWith(OutputCaptureExtension.class)
class GraphQlOverHttpIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String ORIGIN = "http://localhost:3000";

	private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	private static final String TIANJIN = "{ entity(name: \"天津\") { name nameEn ... on Region { level } } }";

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	/** A second service that lets {@link #ORIGIN} in, with private reads. */
	private static Service corsService;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startServiceWithCors() {
		// the audits ask for __type: a service started with
		// spring.graphql.schema.introspection.enabled=false
		// in this JVM before (HostileQueryIT) turned graphql-java's JVM-wide switch off
		// for good
		Introspection.enabledJvmWide(true);
		Map<String, String> properties = new HashMap<>(TestNeo4j.databaseProperties());
		properties.putAll(Curators.PROPERTIES);
		properties.put("spring.graphql.cors.allowed-origins", ORIGIN);
		properties.put("policygraph.security.private-reads", "true");
		corsService = Service.start(properties);
	}

	@AfterAll
	static void stopServiceWithCors() {
		if (corsService != null) {
			corsService.close();
		}
	}

	// other people's suites

	@Test
	void graphqlHttpServerAuditsPassEveryMustShouldAndGetAudit() {
		NodeScript.Run run = NodeScript.run("http-audit.mjs", 120, url(port, ""));
		System.out.println("graphql-http server audits:\n" + run.output());

		List<JsonNode> results = run.output()
			.lines()
			.filter(line -> line.startsWith("{\"id\""))
			.map(JSON::readTree)
			.toList();
		List<JsonNode> failing = results.stream()
			.filter(result -> result.get("required").asBoolean() && !result.get("status").asString().equals("ok"))
			.toList();
		assertThat(failing).as("failing MUST, SHOULD and GET audits:\n%s", failing).isEmpty();
		assertThat(results).as(run.output()).hasSizeGreaterThan(60);
		assertThat(results).filteredOn(result -> result.get("name").asString().contains("GET"))
			.as("the GET audits")
			.hasSizeGreaterThanOrEqualTo(4)
			.allSatisfy(result -> assertThat(result.get("status").asString()).isEqualTo("ok"));
		assertThat(run.exitCode()).as(run.output()).isZero();
	}

	@Test
	void urqlWithItsDefaultOptionsQueriesByGet() {
		NodeScript.Run run = NodeScript.run("urql-get.mjs", 60, url(port, ""));

		assertThat(run.exitCode()).as(run.output()).isZero();
		JsonNode printed = JSON
			.readTree(run.output().lines().filter(line -> line.startsWith("{")).findFirst().orElseThrow());
		for (String result : List.of("tianjin", "byVariables")) {
			JsonNode entity = printed.at("/" + result + "/data/entity");
			assertThat(entity.get("name").asString()).isEqualTo("天津市");
			assertThat(entity.get("nameEn").asString()).isEqualTo("Tianjin Municipality");
			assertThat(entity.get("level").asString()).isEqualTo("MUNICIPALITY");
		}
		assertThat(printed.get("methods").valueStream().map(JsonNode::asString)).containsExactly("GET", "GET");
	}

	// GET

	@Test
	void aQueryByGetIsAnswered() {
		HttpResponse<String> response = get(
				"?query=" + encode("query Place($name: String!) { entity(name: $name) { name } }") + "&variables="
						+ encode("{\"name\": \"天津\"}") + "&operationName=Place");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(contentType(response)).isEqualToIgnoringCase("application/json;charset=utf-8");
		assertThat(json(response).at("/data/entity/name").asString()).isEqualTo("天津市");
	}

	@Test
	void aGetSelectsTheNamedQueryOfSeveral() {
		String document = "query A { stats { nodes } } query B { entity(name: \"天津\") { nameEn } }";
		HttpResponse<String> response = get("?query=" + encode(document) + "&operationName=B");

		assertThat(json(response).at("/data/entity/nameEn").asString()).isEqualTo("Tianjin Municipality");
		assertThat(json(response).at("/data").has("stats")).isFalse();
	}

	@Test
	void aMutationByGetIsRefusedWith405AndAllowPost() {
		String document = "query Q { stats { nodes } } mutation M { deleteInitiative(id: \"x\") }";
		for (String query : List.of("?query=" + encode("mutation { deleteInitiative(id: \"x\") }"),
				"?query=" + encode(document) + "&operationName=M")) {
			HttpResponse<String> response = get(query);

			assertThat(response.statusCode()).isEqualTo(405);
			assertThat(response.headers().firstValue("Allow")).hasValue("POST");
			assertError(response, "METHOD_NOT_ALLOWED", "mutation cannot be sent by GET");
		}
		assertThat(json(get("?query=" + encode(document) + "&operationName=Q")).at("/data/stats/nodes").asInt())
			.isPositive();
	}

	@Test
	void aGetWithBadParametersIsABadRequest() {
		assertBadRequest(get("?variables=" + encode("{}")), "no 'query' in the URL parameters");
		assertBadRequest(get("?query=" + encode(TIANJIN) + "&variables=" + encode("{\"name\": ")),
				"The URL parameter 'variables' is not valid JSON");
		assertBadRequest(get("?query=" + encode(TIANJIN) + "&variables=" + encode("\"{}\"")),
				"'variables' in the URL parameters is a JSON string");
		assertBadRequest(get("?query=" + encode(TIANJIN) + "&extensions=" + encode("[1]")),
				"'extensions' in the URL parameters is a JSON array");
		assertBadRequest(get("?query=" + encode(TIANJIN) + "&query=" + encode(TIANJIN)),
				"The URL parameter 'query' is given 2 times");
	}

	// media types and status codes

	@Test
	void theAnswerIsInTheMediaTypeAskedFor() {
		Map<String, String> expected = new LinkedHashMap<>();
		expected.put("application/graphql-response+json", "application/graphql-response+json;charset=utf-8");
		expected.put("application/json", "application/json;charset=utf-8");
		expected.put("*/*", "application/json;charset=utf-8");
		expected.put("application/json;q=0.5, application/graphql-response+json",
				"application/graphql-response+json;charset=utf-8");
		expected.put("text/html, application/json;q=0.1", "application/json;charset=utf-8");
		expected.forEach((accept, contentType) -> {
			HttpResponse<String> response = post(body(TIANJIN), "application/json", accept);
			assertThat(response.statusCode()).as(accept).isEqualTo(200);
			assertThat(contentType(response)).as(accept).isEqualToIgnoringCase(contentType);
			assertThat(json(response).at("/data/entity/name").asString()).isEqualTo("天津市");
		});
		HttpResponse<String> noAccept = post(body(TIANJIN), "application/json", null);
		assertThat(contentType(noAccept)).isEqualToIgnoringCase("application/json;charset=utf-8");
	}

	@Test
	void anAcceptHeaderThatCannotBeMetIs406WithTheMediaTypesServed() {
		HttpResponse<String> response = post(body(TIANJIN), "application/json", "text/html");

		assertThat(response.statusCode()).isEqualTo(406);
		assertThat(contentType(response)).isEqualToIgnoringCase("application/json;charset=utf-8");
		assertError(response, "NOT_ACCEPTABLE", "application/graphql-response+json or application/json");
	}

	@Test
	void anAcceptOfServerSentEventsAloneIs406WhateverTheBody() {
		// the schema has no subscriptions: nothing is streamed, and a malformed body
		// still gets an error body
		for (String body : List.of(body(TIANJIN), "null", "{", "[{\"query\": \"{ stats { nodes } }\"}]", "")) {
			HttpResponse<String> response = post(body, "application/json", "text/event-stream");

			assertThat(response.statusCode()).as(body).isEqualTo(406);
			assertThat(contentType(response)).isEqualToIgnoringCase("application/json;charset=utf-8");
			assertError(response, "NOT_ACCEPTABLE", "application/graphql-response+json or application/json");
		}
	}

	@Test
	void anotherMethodIs405WithTheMethodsAllowedAndOptionsListsThem() {
		for (String method : List.of("PUT", "PATCH", "DELETE")) {
			HttpResponse<String> response = send(port,
					HttpRequest.newBuilder(URI.create(url(port, "")))
						.header("Content-Type", "application/json")
						.method(method, HttpRequest.BodyPublishers.ofString(body(TIANJIN))));

			assertThat(response.statusCode()).as(method).isEqualTo(405);
			assertThat(response.headers().firstValue("Allow")).as(method).hasValue("GET,POST");
			assertError(response, "METHOD_NOT_ALLOWED", "The method " + method + " is not served here");
		}
		HttpResponse<String> options = send(port, HttpRequest.newBuilder(URI.create(url(port, "")))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
		assertThat(options.statusCode()).isEqualTo(204);
		assertThat(options.headers().firstValue("Allow")).hasValue("GET,POST,OPTIONS");
	}

	@Test
	void aWrongApiKeyIs401WithAGraphqlErrorBody() {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(port, "")))
			.header("Content-Type", "application/json")
			.header("X-API-Key", "not-a-key")
			.POST(HttpRequest.BodyPublishers.ofString(body(TIANJIN)));
		HttpResponse<String> response = send(port, request);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
		assertThat(contentType(response)).isEqualToIgnoringCase("application/json;charset=utf-8");
		assertError(response, "UNAUTHORIZED", "The API key is not valid");
	}

	@Test
	void aLongQueryFitsInAGetUrl() {
		// a document near the 16 KB document limit, percent-encoded, is longer than
		// Tomcat's default 8 KB header limit
		String document = "{ entity(name: \"天津\") { name } }" + " ".repeat(100) + "#" + "天".repeat(4000);
		HttpResponse<String> response = get("?query=" + encode(document));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(json(response).at("/data/entity/name").asString()).isEqualTo("天津市");
	}

	@Test
	void aBodyThatIsNotJsonIs415() {
		for (String contentType : List.of("text/plain", "application/x-www-form-urlencoded", "application/graphql")) {
			HttpResponse<String> response = post(body(TIANJIN), contentType, null);

			assertThat(response.statusCode()).as(contentType).isEqualTo(415);
			assertError(response, "UNSUPPORTED_MEDIA_TYPE", "POST a JSON body with Content-Type: application/json");
		}
	}

	@Test
	void aRequestErrorIs400InGraphqlResponseJsonAnd200InJson() {
		for (String document : List.of("{", "{ noSuchField }")) {
			HttpResponse<String> strict = post(body(document), "application/json", "application/graphql-response+json");
			assertThat(strict.statusCode()).as(document).isEqualTo(400);
			assertThat(json(strict).has("data")).isFalse();
			assertThat(json(strict).at("/errors/0/extensions/correlationId").asString()).matches(UUID);

			HttpResponse<String> legacy = post(body(document), "application/json", "application/json");
			assertThat(legacy.statusCode()).as(document).isEqualTo(200);
			assertThat(json(legacy).at("/errors/0/message").asString()).isNotEmpty();
		}
	}

	// malformed requests

	@Test
	void everyMalformedBodyIsABadRequestThatSaysWhatIsWrong(CapturedOutput output) {
		Map<String, String> bodies = new LinkedHashMap<>();
		bodies.put("{ \"not a JSON", "The request body is not valid JSON (line 1");
		bodies.put("", "The request body is empty");
		bodies.put("null", "The request body is JSON null");
		bodies.put("\"{ stats { nodes } }\"", "The request body is a JSON string");
		bodies.put("[{\"query\": \"{ stats { nodes } }\"}, {\"query\": \"{ stats { nodes } }\"}]",
				"a JSON array (a batch of 2 requests)");
		bodies.put("{\"query\": \"{ stats { nodes } }\"} {}", "The request body is not valid JSON");
		bodies.put("{\"qeury\": \"{ stats { nodes } }\"}", "The request has no 'query' in the request body");
		bodies.put("{\"query\": 1}", "'query' in the request body is a JSON number");
		bodies.put("{\"query\": \"{ stats { nodes } }\", \"variables\": \"{}\"}",
				"'variables' in the request body is a JSON string; it must be a JSON object");
		bodies.put("{\"query\": \"{ stats { nodes } }\", \"variables\": [1]}",
				"'variables' in the request body is a JSON array");
		bodies.put("{\"query\": \"{ stats { nodes } }\", \"operationName\": {}}",
				"'operationName' in the request body is a JSON object");
		bodies.put("{\"query\": \"{ stats { nodes } }\", \"extensions\": false}",
				"'extensions' in the request body is a JSON boolean");
		bodies.forEach((body, message) -> {
			HttpResponse<String> response = post(body, "application/json", null);
			assertBadRequest(response, message);
			String id = json(response).at("/errors/0/extensions/correlationId").asString();
			assertThat(output).contains("GraphQL request " + id + " answered with BAD_REQUEST");
		});
	}

	@Test
	void nullParametersAreAllowed() {
		HttpResponse<String> response = post(
				"{\"query\": \"" + TIANJIN.replace("\"", "\\\"")
						+ "\", \"variables\": null, \"operationName\": null, \"extensions\": null}",
				"application/json", "application/graphql-response+json");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json(response).at("/data/entity/level").asString()).isEqualTo("MUNICIPALITY");
	}

	// CORS

	@Test
	void withoutConfiguredOriginsAPreflightGetsNoPermission() {
		HttpResponse<String> response = preflight(port, ORIGIN, "POST");

		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		HttpResponse<String> actual = send(port,
				HttpRequest.newBuilder(URI.create(url(port, "?query=" + encode(TIANJIN))))
					.header("Origin", ORIGIN)
					.GET());
		assertThat(actual.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void aPreflightFromAnAllowedOriginIsAllowedEvenWithPrivateReads() {
		int corsPort = corsPort();
		HttpResponse<String> response = send(corsPort,
				HttpRequest.newBuilder(URI.create(url(corsPort, "")))
					.header("Origin", ORIGIN)
					.header("Access-Control-Request-Method", "POST")
					.header("Access-Control-Request-Headers", "content-type, authorization")
					.method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ORIGIN);
		assertThat(response.headers().firstValue("Access-Control-Allow-Methods"))
			.hasValueSatisfying(methods -> assertThat(methods).contains("GET", "POST"));
		assertThat(response.headers().firstValue("Access-Control-Allow-Headers"))
			.hasValueSatisfying(headers -> assertThat(headers.toLowerCase()).contains("content-type", "authorization"));
		assertThat(response.headers().firstValue("Access-Control-Max-Age")).hasValue("1800");
	}

	@Test
	void aPreflightFromAnotherOriginIsRefused() {
		int corsPort = corsPort();
		HttpResponse<String> response = preflight(corsPort, "http://evil.example", "POST");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		HttpResponse<String> put = preflight(corsPort, ORIGIN, "PUT");
		assertThat(put.statusCode()).isEqualTo(403);
	}

	@Test
	void aCrossOriginPostAndGetFromAnAllowedOriginAreAnsweredForTheOrigin() {
		int corsPort = corsPort();
		HttpResponse<String> post = send(corsPort,
				HttpRequest.newBuilder(URI.create(url(corsPort, "")))
					.header("Origin", ORIGIN)
					.header("Content-Type", "application/json")
					.header("Authorization", "Bearer " + Curators.KEY)
					.POST(HttpRequest.BodyPublishers.ofString(body(TIANJIN))));
		HttpResponse<String> get = send(corsPort,
				HttpRequest.newBuilder(URI.create(url(corsPort, "?query=" + encode(TIANJIN))))
					.header("Origin", ORIGIN)
					.header("Authorization", "Bearer " + Curators.KEY)
					.GET());
		HttpResponse<String> anonymousGet = send(corsPort,
				HttpRequest.newBuilder(URI.create(url(corsPort, "?query=" + encode(TIANJIN))))
					.header("Origin", ORIGIN)
					.GET());

		for (HttpResponse<String> response : List.of(post, get)) {
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ORIGIN);
			assertThat(json(response).at("/data/entity/nameEn").asString()).isEqualTo("Tianjin Municipality");
		}
		assertThat(anonymousGet.statusCode()).as("private reads apply to GET").isEqualTo(401);
	}

	// helpers

	private static int corsPort() {
		return Integer.parseInt(corsService.context().getEnvironment().getRequiredProperty("local.server.port"));
	}

	private void assertBadRequest(HttpResponse<String> response, String message) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertError(response, "BAD_REQUEST", message);
	}

	private static void assertError(HttpResponse<String> response, String classification, String message) {
		JsonNode body = json(response);
		assertThat(body.get("errors")).as(response.body()).hasSize(1);
		assertThat(body.has("data")).isFalse();
		JsonNode error = body.at("/errors/0");
		assertThat(error.get("message").asString()).contains(message)
			.doesNotContain("Exception", "tools.jackson", "java.", "org.springframework", "\tat ");
		assertThat(error.at("/extensions/classification").asString()).isEqualTo(classification);
		assertThat(error.at("/extensions/correlationId").asString()).matches(UUID);
	}

	private HttpResponse<String> get(String parameters) {
		return send(port, HttpRequest.newBuilder(URI.create(url(port, parameters))).GET());
	}

	private HttpResponse<String> post(String body, String contentType, String accept) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(port, "")))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		Optional.ofNullable(accept).ifPresent(value -> request.header("Accept", value));
		return send(port, request);
	}

	private static HttpResponse<String> preflight(int port, String origin, String method) {
		return send(port,
				HttpRequest.newBuilder(URI.create(url(port, "")))
					.header("Origin", origin)
					.header("Access-Control-Request-Method", method)
					.header("Access-Control-Request-Headers", "content-type")
					.method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
	}

	private static HttpResponse<String> send(int port, HttpRequest.Builder request) {
		try {
			return CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new AssertionError("HTTP request to port " + port + " failed: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted", ex);
		}
	}

	private static String url(int port, String parameters) {
		return "http://127.0.0.1:" + port + "/graphql" + parameters;
	}

	private static String body(String document) {
		return JSON.writeValueAsString(Map.of("query", document));
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static String contentType(HttpResponse<String> response) {
		return response.headers().firstValue("Content-Type").orElse("").replace(" ", "");
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

}
