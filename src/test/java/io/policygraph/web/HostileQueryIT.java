package io.policygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import graphql.introspection.Introspection;
import io.policygraph.support.CypherCounter;
import io.policygraph.support.GraphQlHttp;
import io.policygraph.support.PolicyGraphIT;
import io.policygraph.support.Service;
import io.policygraph.support.TestNeo4j;
import tools.jackson.databind.JsonNode;

/** Hostile documents are refused before they reach the database, with an error that names the limit. */
@PolicyGraphIT
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class HostileQueryIT {

	@LocalServerPort
	int port;

	@Test
	void deepNestingIsRefused() {
		String nested = "{ entity(name: \"天津\") { ... on Region { " + "parent { ".repeat(14) + "name"
				+ " }".repeat(14) + " } } }";
		assertRefused(nested, "maximum query depth exceeded");
	}

	@Test
	void aliasFloodingIsRefused() {
		var document = new StringBuilder("{");
		for (int i = 0; i < 200; i++) {
			document.append(" a").append(i).append(": stats { nodes }");
		}
		assertRefused(document.append(" }").toString(), "aliased fields; the limit is 30");
	}

	@Test
	void expensiveListsAreRefusedByCost() {
		assertRefused("""
				{ companies(first: 100) { edges { node { initiatives(first: 100) { edges { node {
				    actors { entity { name } } sectors { name } policies { title } } } } } } } }
				""", "maximum query complexity exceeded");
	}

	@Test
	void anOversizedDocumentIsRefused() {
		assertRefused("{ stats { nodes } }" + " ".repeat(20_000), "bytes; the limit is 16384");
	}

	@Test
	void cyclicFragmentsAreRefused() {
		JsonNode response = http().query("""
				{ entity(name: "天津") { ...A } }
				fragment A on Region { parent { ...B } }
				fragment B on Region { parent { ...A } }
				""");
		assertThat(response.toString()).contains("errors").doesNotContain("\"data\":{\"entity\":{");
	}

	@Test
	void introspectionAbuseIsBoundedByTheSameLimits() {
		assertRefused("{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } } } }",
				"maximum query depth exceeded");
	}

	@Test
	void aBatchOfRequestsInOneBodyIsNotAccepted() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("[" + "{\"query\":\"{ stats { nodes } }\"},".repeat(50)
						+ "{\"query\":\"{ stats { nodes } }\"}]"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isBetween(400, 499);
	}

	@Test
	void theServiceKeepsAnsweringNormalQueriesDuringAnAttack() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<JsonNode>> attacks = new ArrayList<>();
			List<Future<JsonNode>> normal = new ArrayList<>();
			String flood = "{" + " a: stats { nodes }".repeat(1) + "x".repeat(0)
					+ java.util.stream.IntStream.range(0, 300).mapToObj(i -> " b" + i + ": regions { name }").reduce("", String::concat)
					+ " }";
			for (int i = 0; i < 40; i++) {
				attacks.add(pool.submit(() -> http().query(flood)));
				normal.add(pool.submit(() -> http().query("{ entity(name: \"天津\") { name } }")));
			}
			for (Future<JsonNode> attack : attacks) {
				assertThat(attack.get().has("errors")).isTrue();
			}
			for (Future<JsonNode> answer : normal) {
				assertThat(answer.get().at("/data/entity/name").asString()).isEqualTo("天津市");
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aRequestOverItsTimeLimitIsCutOff() {
		var properties = new java.util.HashMap<>(TestNeo4j.databaseProperties());
		properties.put("policygraph.limits.execution-timeout", "1ns");
		try (Service service = Service.start(properties)) {
			JsonNode response = service.http().query("{ partnerships { company { name } initiatives { text } } }");
			assertThat(response.at("/errors/0/message").asString()).contains("longer than its time limit")
				.contains("policygraph.limits.execution-timeout");
		}
	}

	@Test
	void introspectionCanBeTurnedOff() {
		var properties = new java.util.HashMap<>(TestNeo4j.databaseProperties());
		properties.put("spring.graphql.schema.introspection.enabled", "false");
		try (Service service = Service.start(properties)) {
			JsonNode response = service.http().query("{ __schema { queryType { name } } }");
			assertThat(response.has("errors")).isTrue();
			assertThat(service.http().query("{ stats { nodes } }").at("/data/stats/nodes").asLong()).isPositive();
		}
		finally {
			// Spring Boot turns introspection off JVM-wide (graphql-java's Introspection.enabledJvmWide):
			// the shared application of the other tests, in this JVM, must have it back
			Introspection.enabledJvmWide(true);
		}
	}

	@Test
	void everyErrorCarriesACorrelationId(org.springframework.boot.test.system.CapturedOutput output) {
		JsonNode response = http().query("{ initiatives(first: 1000) { totalCount } }");
		String id = response.at("/errors/0/extensions/correlationId").asString();
		assertThat(id).isNotBlank();
		assertThat(output.getOut()).contains("GraphQL request " + id);
	}

	private void assertRefused(String document, String message) {
		CypherCounter.reset();
		JsonNode response = http().query(document);
		assertThat(response.at("/errors/0/message").asString()).contains(message);
		assertThat(response.at("/errors/0/extensions/correlationId").asString()).isNotBlank();
		assertThat(response.toString()).doesNotContain("Exception").doesNotContain("at graphql.");
		assertThat(CypherCounter.statements()).as("statements sent for a refused document").isZero();
	}

	private GraphQlHttp http() {
		return new GraphQlHttp(port);
	}

}
