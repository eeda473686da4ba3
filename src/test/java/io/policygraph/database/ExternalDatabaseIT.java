package io.policygraph.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import io.policygraph.support.GraphQlHttp;
import io.policygraph.support.Service;
import io.policygraph.support.TestNeo4j;
import tools.jackson.databind.JsonNode;

/**
 * The service against a Neo4j server it does not run itself, reached over Bolt through
 * {@code spring.neo4j.uri}. The "external" server is a real Neo4j started by the test in this JVM,
 * so the test can stop it and start it again.
 */
class ExternalDatabaseIT {

	@Test
	void anExternalDatabaseTurnsTheEmbeddedOneOffAndItsLossIsReportedClearly() {
		var serverProperties = new EmbeddedDatabaseProperties(TestNeo4j.newDataDir(), 0, DataSize.ofMegabytes(64),
				Duration.ofSeconds(30));
		EmbeddedDatabase server = EmbeddedDatabase.start(serverProperties);
		int boltPort = server.boltUri().getPort();
		try (Service service = Service.start(Map.of("spring.neo4j.uri", server.boltUri().toString()))) {
			GraphQlHttp http = service.http();
			assertThat(service.context().getBeansOfType(EmbeddedDatabase.class)).isEmpty();
			assertThat(http.query("{ stats { nodes } }").at("/data/stats/nodes").asLong()).isPositive();

			server.close();

			var health = http.get("/actuator/health");
			assertThat(health.status()).isEqualTo(503);
			assertThat(health.json().at("/status").asString()).isEqualTo("DOWN");
			assertThat(health.json().at("/components/neo4j/status").asString()).isEqualTo("DOWN");
			JsonNode answer = http.query("{ stats { nodes } }");
			assertThat(answer.get("data").isNull()).as("no data without a database").isTrue();
			assertThat(answer.at("/errors/0/message").asString())
				.isEqualTo("The graph database is unavailable right now; try again shortly.");
			assertThat(answer.at("/errors/0/extensions/classification").asString()).isEqualTo("DATABASE_UNAVAILABLE");
			assertThat(answer.toString()).doesNotContain("Exception").doesNotContain("org.neo4j");

			server = EmbeddedDatabase.start(new EmbeddedDatabaseProperties(serverProperties.dataDir(), boltPort,
					serverProperties.pageCache(), serverProperties.transactionTimeout()));

			assertThat(http.get("/actuator/health").status()).isEqualTo(200);
			assertThat(http.query("{ stats { nodes } }").at("/data/stats/nodes").asLong()).isPositive();
		}
		finally {
			server.close();
		}
	}

}
