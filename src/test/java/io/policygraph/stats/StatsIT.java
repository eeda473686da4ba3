package io.policygraph.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
import io.policygraph.support.RawHttp;
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
		HttpResponse<String> response = RawHttp.healthAsCurator(this.port);
		JsonNode health = JSON.readTree(response.body());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(health.at("/status").asString()).isEqualTo("UP");
		assertThat(health.at("/components/neo4j/status").asString()).isEqualTo("UP");
		assertThat(health.at("/components/neo4j/details/server").asString()).startsWith("5.26");
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
