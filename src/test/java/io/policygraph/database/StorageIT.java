package io.policygraph.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.util.unit.DataSize;

import io.policygraph.support.Curators;
import io.policygraph.support.Neo4jTestMode;
import io.policygraph.support.RawHttp;
import io.policygraph.support.Service;
import io.policygraph.support.SmallDisk;

/**
 * A full disk costs a clear error and heals by itself: the database lives on a small file
 * system of the test's own (tmpfs), which the test fills and frees while the service
 * runs.
 */
class StorageIT {

	private static final String ADD_ALIAS = "mutation($alias: String!) { addAlias(entity: \"百度\", alias: $alias) { name } }";

	private static final String LOOK_UP = "query($name: String!) { entity(name: $name) { name } }";

	@Test
	void aFullDiskRefusesWritesKeepsReadsAndHealsWithoutARestart() {
		assumeFalse(Neo4jTestMode.testcontainers(), "the embedded database's disk");
		try (SmallDisk disk = SmallDisk.mount(256)) {
			assumeTrue(disk != null, "mounting a tmpfs needs root");
			var properties = new HashMap<>(Curators.PROPERTIES);
			properties.putAll(Map.of("policygraph.embedded.data-dir", disk.root().resolve("neo4j").toString(),
					"policygraph.embedded.bolt-port", "0", "policygraph.embedded.min-free-space", "32MB",
					"policygraph.embedded.storage-check-interval", "200ms", "policygraph.embedded.page-cache", "32MB",
					"policygraph.warmup.enabled", "false"));
			try (Service service = Service.start(properties)) {
				HttpGraphQlTester curator = service.graphQlTester(Curators.KEY);
				HttpGraphQlTester anonymous = service.graphQlTester();
				EmbeddedDatabase database = service.context().getBean(EmbeddedDatabase.class);

				disk.fill(DataSize.ofMegabytes(8).toBytes());

				awaitReadiness(service, status -> status == 503);
				curator.document(ADD_ALIAS).variable("alias", "度娘一号").execute().errors().satisfy(errors -> {
					assertThat(errors).hasSize(1);
					assertThat(errors.get(0).getExtensions()).containsEntry("classification", "STORAGE_FULL");
					assertThat(errors.get(0).getMessage()).startsWith("The database's disk is full")
						.contains("nothing was written");
				});
				assertThat(name(anonymous, "百度")).as("reads go on").isEqualTo("百度");
				assertThat(name(anonymous, "度娘一号")).as("the refused write is not there").isNull();
				assertThat(RawHttp.get(service.port(), "/actuator/health/liveness").statusCode()).isEqualTo(200);

				// a write around the API (an operator's cypher-shell) finds the disk
				// truly full
				disk.fill(0);
				try (Driver driver = GraphDatabase.driver(database.boltUri(),
						AuthTokens.basic(EmbeddedDatabase.BOLT_USER, database.boltPassword()))) {
					assertThatThrownBy(() -> driver
						.executableQuery("UNWIND range(1, 20000) AS i CREATE (:Filler {text: 'filler ' + i})")
						.execute()).isNotNull();
				}

				disk.free();

				awaitReadiness(service, status -> status == 200);
				Awaitility.await()
					.atMost(Duration.ofSeconds(60))
					.ignoreExceptions()
					.untilAsserted(() -> curator.document(ADD_ALIAS)
						.variable("alias", "度娘二号")
						.execute()
						.path("addAlias.name")
						.entity(String.class)
						.isEqualTo("百度"));
				assertThat(name(anonymous, "度娘二号")).isEqualTo("百度");
				assertThat(name(anonymous, "度娘一号")).isNull();
				try (Driver driver = GraphDatabase.driver(database.boltUri(),
						AuthTokens.basic(EmbeddedDatabase.BOLT_USER, database.boltPassword()))) {
					assertThat(driver.executableQuery("MATCH (f:Filler) RETURN count(f) AS n")
						.execute()
						.records()
						.get(0)
						.get("n")
						.asLong()).as("the failed write is not in the graph").isZero();
				}
				disk.fill(DataSize.ofMegabytes(8).toBytes());
			}
			finally {
				keepNeo4jLog(disk);
			}

			var restart = new EmbeddedDatabaseProperties(disk.root().resolve("neo4j"), 0, DataSize.ofMegabytes(32),
					Duration.ofSeconds(30), null, List.of(), DataSize.ofMegabytes(32), Duration.ofSeconds(2));
			assertThatThrownBy(() -> EmbeddedDatabase.start(restart)).isInstanceOf(StartupException.class)
				.hasMessageStartingWith("The disk of the data folder " + disk.root().resolve("neo4j"))
				.hasMessageContaining("MB free, less than the 32 MB the database keeps in reserve");
		}
	}

	/** Neo4j's own account of the test, kept in target/ for a failure's diagnosis. */
	private static void keepNeo4jLog(SmallDisk disk) {
		try {
			Files.copy(disk.root().resolve("neo4j/logs/debug.log"), Path.of("target/StorageIT-neo4j-debug.log"),
					StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			// no log to keep
		}
	}

	private static String name(HttpGraphQlTester graphQl, String name) {
		return graphQl.document(LOOK_UP)
			.variable("name", name)
			.execute()
			.returnResponse()
			.field("entity.name")
			.getValue();
	}

	private static void awaitReadiness(Service service, IntPredicate status) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(120))
			.until(() -> status.test(RawHttp.get(service.port(), "/actuator/health/readiness").statusCode()));
	}

}
