package io.policygraph.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.policygraph.seed.GraphSeed;
import io.policygraph.seed.SeedProperties;
import io.policygraph.seed.SeedReader;
import io.policygraph.support.GraphCounts;
import io.policygraph.support.HttpGraphQl;
import io.policygraph.support.PolicyGraphIT;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PolicyGraphIT
class StatsIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Autowired
	SeedReader reader;

	@Autowired
	SeedProperties seed;

	@Test
	void statsOverHttpAreTheCountsInTheDatabase() {
		JsonNode stats = HttpGraphQl.tester(this.port)
			.document("{ stats { nodes relationships labels { name count } relationshipTypes { name count } } }")
			.execute()
			.path("stats")
			.entity(JsonNode.class)
			.get();
		GraphCounts counts = GraphCounts.of(driver);

		assertThat(countsOf(stats.get("labels"))).isEqualTo(withoutSeedState(counts.labels()));
		assertThat(countsOf(stats.get("relationshipTypes"))).isEqualTo(counts.types());
		assertThat(stats.get("relationships").asLong())
			.isEqualTo(counts.types().values().stream().mapToLong(c -> c).sum());
		assertThat(stats.get("nodes").asLong()).isEqualTo(
				counts.label("Entity") + counts.label("Initiative") + counts.label("Policy") + counts.label("Report"));
	}

	@Test
	void statsCountEveryEntryOfTheCuratedReports() {
		GraphSeed curated = reader.read(seed.location());
		JsonNode labels = HttpGraphQl.tester(this.port)
			.document("{ stats { labels { name count } } }")
			.execute()
			.path("stats.labels")
			.entity(JsonNode.class)
			.get();

		assertThat(countsOf(labels))
			.containsEntry("Initiative", curated.reports().stream().mapToLong(r -> r.initiatives().size()).sum())
			.containsEntry("Region", (long) curated.regions().size())
			.containsEntry("Report", (long) curated.reports().size())
			.doesNotContainKey("SeedState");
	}

	@Test
	void healthIsUpWithANeo4jThatReallyAnswers() {
		HttpResponse<String> response = health(this.port);
		JsonNode health = JSON.readTree(response.body());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(health.at("/status").asString()).isEqualTo("UP");
		assertThat(health.at("/components/neo4j/status").asString()).isEqualTo("UP");
		assertThat(health.at("/components/neo4j/details/server").asString()).startsWith("5.26");
	}

	/** GETs {@code /actuator/health} as raw HTTP, whatever the status. */
	private static HttpResponse<String> health(int port) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
			.timeout(Duration.ofSeconds(60))
			.GET()
			.build();
		try {
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, Long> countsOf(JsonNode list) {
		var counts = new TreeMap<String, Long>();
		list.forEach(item -> counts.put(item.get("name").asString(), item.get("count").asLong()));
		return counts;
	}

	private static Map<String, Long> withoutSeedState(Map<String, Long> labels) {
		var copy = new TreeMap<>(labels);
		copy.remove("SeedState");
		copy.remove("AuditEntry");
		return copy;
	}

}
