package io.policygraph.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

import io.policygraph.support.GraphCounts;
import io.policygraph.support.Neo4jTestMode;
import io.policygraph.support.Service;
import io.policygraph.support.TestNeo4j;

@ExtendWith(Neo4jTestMode.class)
class RestartIT {

	@Test
	void aRestartKeepsTheDataAndDoesNotReloadAnUnchangedSeed() {
		Map<String, String> database = TestNeo4j.databaseProperties();
		GraphCounts before;
		ZonedDateTime loadedAt;
		try (Service first = Service.start(database)) {
			Driver driver = first.context().getBean(Driver.class);
			driver.executableQuery("""
					MATCH (i:Initiative) WITH i ORDER BY i.id LIMIT 1
					CREATE (:CuratorNote {text: 'kept across restarts'})-[:ABOUT]->(i)
					""").execute();
			before = GraphCounts.of(driver);
			loadedAt = loadedAt(driver);
		}
		try (Service second = Service.start(database)) {
			Driver driver = second.context().getBean(Driver.class);
			assertThat(GraphCounts.of(driver)).isEqualTo(before);
			assertThat(loadedAt(driver)).isEqualTo(loadedAt);
			assertThat(second.graphQlTester()
				.document("{ stats { nodes } }")
				.execute()
				.path("stats.nodes")
				.entity(Long.class)
				.get())
				.isEqualTo(before.label("Entity") + before.label("Initiative") + before.label("Policy")
						+ before.label("Report") + before.label("CuratorNote"));
			driver.executableQuery("MATCH (n:CuratorNote) DETACH DELETE n").execute();
		}
	}

	private static ZonedDateTime loadedAt(Driver driver) {
		return driver.executableQuery("MATCH (s:SeedState) RETURN s.loadedAt AS at")
			.execute()
			.records()
			.get(0)
			.get("at")
			.asZonedDateTime();
	}

}
