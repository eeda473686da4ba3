package io.policygraph.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.GraphQlResponse;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.util.unit.DataSize;

import io.policygraph.support.Curators;
import io.policygraph.support.RawHttp;
import io.policygraph.support.Service;
import io.policygraph.support.TestNeo4j;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service against a Neo4j server it does not run itself, reached over Bolt through
 * {@code spring.neo4j.uri}. The "external" server is a real Neo4j started by the test in
 * this JVM, so the test can stop it and start it again.
 */
class ExternalDatabaseIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void anExternalDatabaseTurnsTheEmbeddedOneOffAndItsLossIsReportedClearly() {
		var serverProperties = new EmbeddedDatabaseProperties(TestNeo4j.newDataDir(), 0, DataSize.ofMegabytes(64),
				Duration.ofSeconds(30));
		EmbeddedDatabase server = EmbeddedDatabase.start(serverProperties);
		int boltPort = server.boltUri().getPort();
		var properties = new HashMap<>(Curators.PROPERTIES);
		properties
			.putAll(Map.of("spring.neo4j.uri", server.boltUri().toString(), "spring.neo4j.authentication.username",
					EmbeddedDatabase.BOLT_USER, "spring.neo4j.authentication.password", server.boltPassword()));
		try (Service service = Service.start(properties)) {
			HttpGraphQlTester graphQl = service.graphQlTester();
			assertThat(service.context().getBeansOfType(EmbeddedDatabase.class)).isEmpty();
			assertThat(graphQl.document("{ stats { nodes } }").execute().path("stats.nodes").entity(Long.class).get())
				.isPositive();

			server.close();

			HttpResponse<String> health = RawHttp.healthAsCurator(service.port());
			assertThat(health.statusCode()).isEqualTo(503);
			JsonNode status = JSON.readTree(health.body());
			assertThat(status.at("/status").asString()).isEqualTo("DOWN");
			assertThat(status.at("/components/neo4j/status").asString()).isEqualTo("DOWN");
			GraphQlTester.Response answer = graphQl.document("{ stats { nodes } }").execute();
			answer.errors().satisfy(errors -> {
				assertThat(errors.get(0).getMessage())
					.isEqualTo("The graph database is unavailable right now; try again shortly.");
				assertThat(errors.get(0).getExtensions().get("classification")).isEqualTo("DATABASE_UNAVAILABLE");
			});
			GraphQlResponse whole = answer.returnResponse();
			assertThat(whole.toMap()).as("no data without a database").containsEntry("data", null);
			assertThat(whole.toMap().toString()).doesNotContain("Exception").doesNotContain("org.neo4j");

			server = EmbeddedDatabase.start(serverProperties.withBoltPort(boltPort));

			assertThat(RawHttp.health(service.port()).statusCode()).isEqualTo(200);
			assertThat(graphQl.document("{ stats { nodes } }").execute().path("stats.nodes").entity(Long.class).get())
				.isPositive();
		}
		finally {
			server.close();
		}
	}

}
