package io.policygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import graphql.introspection.Introspection;
import io.policygraph.support.CypherCounter;
import io.policygraph.support.HttpGraphQl;
import io.policygraph.support.PolicyGraphIT;
import io.policygraph.support.Service;
import io.policygraph.support.TestNeo4j;
import tools.jackson.databind.JsonNode;

/**
 * Hostile documents are refused before they reach the database, with an error that names
 * the limit.
 */
@PolicyGraphIT
@ExtendWith(OutputCaptureExtension.class)
class HostileQueryIT {

	@LocalServerPort
	int port;

	@Test
	void deepNestingIsRefused() {
		String nested = "{ entity(name: \"天津\") { ... on Region { " + "parent { ".repeat(14) + "name" + " }".repeat(14)
				+ " } } }";
		assertRefused(nested, "The query nests fields 16 deep; the limit is 12 (policygraph.limits.max-depth)");
	}

	@Test
	void aQueryAtTheDepthLimitIsAnswered() {
		String nested = "{ entity(name: \"黄陂区\") { ... on Region { " + "parent { ".repeat(2) + "name" + " }".repeat(2)
				+ " } } }";
		tester().document(nested).execute().path("entity.parent.parent.name").entity(String.class).isEqualTo("湖北省");
		String deepest = "{ entity(name: \"天津\") { ... on Region { " + "province { ".repeat(10) + "name"
				+ " }".repeat(10) + " } } }";
		GraphQlTester.Response deepestAnswer = tester().document(deepest).execute();
		deepestAnswer.errors().verify();
		assertThat(deepestAnswer.path("").entity(JsonNode.class).get().toString()).contains("天津市");
	}

	@Test
	void eachFieldAndAliasCountsOnce() {
		var aliases = new StringBuilder("{");
		for (int i = 0; i < 30; i++) {
			aliases.append(" a").append(i).append(": stats { nodes }");
		}
		GraphQlTester.Response thirty = tester().document(aliases.append(" }").toString()).execute();
		thirty.errors().verify();
		assertThat(thirty.path("a29.nodes").entity(Long.class).get()).isPositive();
		assertRefused("{" + " a: stats { nodes }" + " b: stats { nodes }".repeat(1)
				+ IntStream.range(0, 29).mapToObj(i -> " c" + i + ": stats { nodes }").reduce("", String::concat)
				+ " }", "The query has 31 aliased fields; the limit is 30 (policygraph.limits.max-aliases)");

		// 150 fields: 75 selections of stats with nodes; 301 is one over the limit
		String fields = "{" + " stats { nodes }".repeat(75) + " }";
		assertThat(tester().document(fields).execute().path("stats.nodes").entity(Long.class).get()).isPositive();
		assertRefused("{" + " stats { nodes }".repeat(150) + " __typename }",
				"The query selects 301 fields; the limit is 300 (policygraph.limits.max-fields)");
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
				""", "fields; the limit is 50000 (policygraph.limits.max-cost)");
	}

	@Test
	void anOversizedDocumentIsRefused() {
		assertRefused("{ stats { nodes } }" + " ".repeat(20_000), "bytes; the limit is 16384");
	}

	@Test
	void cyclicFragmentsAreRefused() {
		GraphQlTester.Response response = tester().document("""
				{ entity(name: "天津") { ...A } }
				fragment A on Region { parent { ...B } }
				fragment B on Region { parent { ...A } }
				""").execute();
		response.errors().satisfy(errors -> assertThat(errors).isNotEmpty());
		Map<String, Object> data = response.returnResponse().getData();
		assertThat(data == null || data.get("entity") == null).as("no entity answered").isTrue();
	}

	@Test
	void introspectionAbuseIsRefusedAsNotInGoodFaith() {
		assertRefused(
				"{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } } } }",
				"introspection");
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
			List<Future<GraphQlTester.Response>> attacks = new ArrayList<>();
			List<Future<String>> normal = new ArrayList<>();
			String flood = "{" + " a: stats { nodes }".repeat(1) + "x".repeat(0)
					+ IntStream.range(0, 300).mapToObj(i -> " b" + i + ": regions { name }").reduce("", String::concat)
					+ " }";
			for (int i = 0; i < 40; i++) {
				attacks.add(pool.submit(() -> tester().document(flood).execute()));
				normal.add(pool.submit(() -> tester().document("{ entity(name: \"天津\") { name } }")
					.execute()
					.path("entity.name")
					.entity(String.class)
					.get()));
			}
			for (Future<GraphQlTester.Response> attack : attacks) {
				attack.get().errors().satisfy(errors -> assertThat(errors).isNotEmpty());
			}
			for (Future<String> answer : normal) {
				assertThat(answer.get()).isEqualTo("天津市");
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aRequestOverItsTimeLimitIsCutOff() {
		var properties = new HashMap<>(TestNeo4j.databaseProperties());
		properties.put("policygraph.limits.execution-timeout", "1ns");
		try (Service service = Service.start(properties)) {
			service.graphQlTester()
				.document("{ partnerships { company { name } initiatives { text } } }")
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("longer than its time limit")
					.contains("policygraph.limits.execution-timeout"));
		}
	}

	@Test
	void introspectionCanBeTurnedOff() {
		var properties = new HashMap<>(TestNeo4j.databaseProperties());
		properties.put("spring.graphql.schema.introspection.enabled", "false");
		try (Service service = Service.start(properties)) {
			service.graphQlTester()
				.document("{ __schema { queryType { name } } }")
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).isNotEmpty());
			assertThat(service.graphQlTester()
				.document("{ stats { nodes } }")
				.execute()
				.path("stats.nodes")
				.entity(Long.class)
				.get()).isPositive();
		}
		finally {
			// Spring Boot switches graphql-java's introspection off for the whole JVM,
			// where the
			// other tests' service runs too
			Introspection.enabledJvmWide(true);
		}
	}

	@Test
	void everyErrorCarriesACorrelationId(CapturedOutput output) {
		tester().document("{ initiatives(first: 1000) { totalCount } }").execute().errors().satisfy(errors -> {
			Object id = errors.get(0).getExtensions().get("correlationId");
			assertThat(id).asString().isNotBlank();
			assertThat(output.getOut()).contains("GraphQL request " + id);
		});
	}

	private void assertRefused(String document, String message) {
		CypherCounter.reset();
		GraphQlTester.Response response = tester().document(document).execute();
		response.errors().satisfy(errors -> {
			assertThat(errors.get(0).getMessage()).contains(message);
			assertThat(errors.get(0).getExtensions().get("correlationId")).asString().isNotBlank();
		});
		assertThat(response.returnResponse().toMap().toString()).doesNotContain("Exception")
			.doesNotContain("at graphql.");
		assertThat(CypherCounter.statements()).as("statements sent for a refused document").isZero();
	}

	private HttpGraphQlTester tester() {
		return HttpGraphQl.tester(this.port);
	}

}
