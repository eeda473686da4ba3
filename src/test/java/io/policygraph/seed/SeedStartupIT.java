package io.policygraph.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.util.FileSystemUtils;

import io.policygraph.importer.Imports;
import io.policygraph.support.Neo4jTestMode;
import io.policygraph.support.Service;
import io.policygraph.support.TestNeo4j;

/**
 * Start-ups of a service whose database holds an imported month, with and without its
 * folder.
 */
@ExtendWith(Neo4jTestMode.class)
class SeedStartupIT {

	private static final String TIANJIN_2 = "2018-11-s2-tianjin-2";

	private static final String TEXT = "{ node(id: \"" + TIANJIN_2 + "\") { ... on Initiative { text } } }";

	@TempDir
	Path work;

	@Test
	void aStartUpWithoutTheImportsFolderOrWithAChangedBuiltinSeedLeavesTheImportedMonthAsItWas() throws IOException {
		Path imports = work.resolve("imports");
		Imports.december(imports);
		Path changedSeed = work.resolve("graph-seed");
		FileSystemUtils.copyRecursively(Path.of("graph-seed"), changedSeed);
		Path initiatives = changedSeed.resolve("reports/2018-11/initiatives.yaml");
		String curated = Files.readString(initiatives);
		assertThat(curated).contains("阿里健康与南开医院携手开启");
		Files.writeString(initiatives, curated.replace("阿里健康与南开医院携手开启", "阿里健康与天津市南开医院携手开启"));

		Map<String, String> properties = new HashMap<>(TestNeo4j.databaseProperties());
		properties.put("policygraph.seed.imports", imports.toString());
		Month december;
		try (Service service = Service.start(properties)) {
			december = Month.of(service.context().getBean(Driver.class), "import:2018-12");
			assertThat(december.nodes()).hasSize(1 + 105 + 24 + 3);
			assertThat(service.reportMonths()).containsExactly("2018-11", "2018-12");
		}

		properties.put("policygraph.seed.imports", work.resolve("moved-away").toString());
		try (Service service = Service.start(properties)) {
			assertThat(Month.of(service.context().getBean(Driver.class), "import:2018-12")).isEqualTo(december);
			assertThat(service.reportMonths()).containsExactly("2018-11", "2018-12");
		}

		properties.put("policygraph.seed.location", changedSeed.toUri().toString());
		try (Service service = Service.start(properties)) {
			assertThat(service.graphQlTester().document(TEXT).execute().path("node.text").entity(String.class).get())
				.startsWith("阿里健康与天津市南开医院携手开启");
			assertThat(Month.of(service.context().getBean(Driver.class), "import:2018-12")).isEqualTo(december);
			assertThat(service.reportMonths()).containsExactly("2018-11", "2018-12");
		}
	}

	/**
	 * Every node and relationship of a layer, with what the seed wrote on it and the
	 * version of that seed.
	 */
	private record Month(List<String> nodes, List<String> relationships) {

		static Month of(Driver driver, String layer) {
			var record = driver.executableQuery("""
					CALL () { MATCH (n {seedLayer: $layer}) RETURN collect(properties(n)) AS nodes }
					CALL () {
					  MATCH (a)-[r {seedLayer: $layer}]->(b)
					  RETURN collect([a.id, type(r), b.id, properties(r)]) AS relationships
					}
					RETURN nodes, relationships
					""").withParameters(Map.of("layer", layer)).execute().records().get(0);
			return new Month(sorted(record.get("nodes").asList()), sorted(record.get("relationships").asList()));
		}

		private static List<String> sorted(List<Object> values) {
			return values.stream().map(String::valueOf).sorted().toList();
		}

	}

}
