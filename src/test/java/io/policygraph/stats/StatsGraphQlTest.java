package io.policygraph.stats;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

import io.policygraph.support.GraphCounts;
import io.policygraph.support.GraphQlSliceTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The stats feature's controller (Query.stats) on the seeded graph, without HTTP. */
@GraphQlSliceTest
class StatsGraphQlTest {

	private static final ParameterizedTypeReference<Map<String, Object>> COUNT = new ParameterizedTypeReference<>() {
	};

	@Autowired
	private GraphQlTester graphQl;

	@Autowired
	private Driver driver;

	@Test
	void statsAreTheCountsInTheDatabase() {
		GraphQlTester.Response stats = graphQl.documentName("stats").execute();
		GraphCounts counts = GraphCounts.of(driver);
		stats.path("stats.relationshipTypes")
			.entityList(COUNT)
			.satisfies(types -> assertThat(countsOf(types)).isEqualTo(counts.types()));
		stats.path("stats.labels")
			.entityList(COUNT)
			.satisfies(labels -> assertThat(countsOf(labels)).containsEntry("Initiative", counts.label("Initiative"))
				.containsEntry("Report", counts.label("Report"))
				.doesNotContainKey("SeedState"));
		stats.path("stats.nodes")
			.entity(Long.class)
			.isEqualTo(counts.label("Entity") + counts.label("Initiative") + counts.label("Policy")
					+ counts.label("Report"));
		stats.path("stats.relationships")
			.entity(Long.class)
			.isEqualTo(counts.types().values().stream().mapToLong(count -> count).sum());
	}

	private static Map<String, Long> countsOf(List<Map<String, Object>> items) {
		return items.stream()
			.collect(Collectors.toMap(item -> (String) item.get("name"),
					item -> ((Number) item.get("count")).longValue()));
	}

}
