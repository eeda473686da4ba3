package io.policygraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.util.FileSystemUtils;

import io.policygraph.PolicyGraphApplication;
import io.policygraph.support.GraphCounts;
import io.policygraph.support.Service;
import io.policygraph.support.TestNeo4j;
import tools.jackson.databind.JsonNode;

/**
 * {@code import --load} into a real embedded Neo4j, then the service over that database.
 */
class ImportIT {

	@TempDir
	Path work;

	@Test
	void importWithLoadAddsTheSecondMonthAndKeepsOneNodePerEntity() throws IOException {
		Path seed = work.resolve("graph-seed");
		FileSystemUtils.copyRecursively(Path.of("graph-seed"), seed);
		Path report = Files.writeString(work.resolve("2018-12.txt"), ReportTexts.december());
		String dataDir = TestNeo4j.newDataDir().toString();

		int exit = ImportCommand.run(PolicyGraphApplication.class, report.toString(), "--seed", seed.toString(),
				"--load", "--policygraph.embedded.data-dir=" + dataDir, "--policygraph.embedded.bolt-port=0");
		assertThat(exit).isZero();

		try (Service service = Service.start(Map.of("policygraph.embedded.data-dir", dataDir,
				"policygraph.embedded.bolt-port", "0", "policygraph.seed.location", seed.toUri().toString()))) {
			Driver driver = service.context().getBean(Driver.class);
			GraphCounts counts = GraphCounts.of(driver);
			assertThat(counts.label("Report")).isEqualTo(2);
			assertThat(counts.label("Initiative")).isEqualTo(210);
			long tianjin = driver.executableQuery("MATCH (r:Region {name: '天津市'}) RETURN count(r) AS n")
				.execute()
				.records()
				.get(0)
				.get("n")
				.asLong();
			assertThat(tianjin).isEqualTo(1);
			long tianjinEntries = driver.executableQuery("""
					MATCH (i:Initiative {rowId: 'tianjin'})-[:IN_REGION]->(:Region {id: 'tianjin'})
					RETURN count(i) AS n
					""").execute().records().get(0).get("n").asLong();
			assertThat(tianjinEntries).isEqualTo(8);
			var audit = driver.executableQuery("""
					MATCH (a:AuditEntry {action: 'importReport'}) RETURN a.curator AS curator, a.target AS month,
					a.details AS details
					""").execute().records();
			assertThat(audit).as("the command line's import is in the audit trail").hasSize(1);
			assertThat(audit.get(0).get("curator").asString()).startsWith("command line (");
			assertThat(audit.get(0).get("month").asString()).isEqualTo("2018-12");
			assertThat(audit.get(0).get("details").asString()).contains("loaded: true")
				.contains("curators' changes replaced: none");
			assertThat(service.graphQlTester()
				.document("{ reports { month } }")
				.execute()
				.path("reports")
				.entity(JsonNode.class)
				.get()
				.toString()).contains("2018-11").contains("2018-12");
		}
	}

}
