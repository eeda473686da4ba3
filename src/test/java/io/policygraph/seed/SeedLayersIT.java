package io.policygraph.seed;

import static io.policygraph.seed.SeedEdits.initiatives;
import static io.policygraph.seed.SeedEdits.removableInitiative;
import static io.policygraph.seed.SeedEdits.replaceInitiatives;
import static io.policygraph.seed.SeedEdits.without;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.policygraph.importer.Imports;
import io.policygraph.seed.SeedRecords.Initiative;
import io.policygraph.support.GraphCounts;
import io.policygraph.support.PolicyGraphIT;

/**
 * Loads of the built-in seed and an imported month: what each load sweeps stays within
 * the layers it holds. Each test leaves the curated seed alone in the graph.
 */
@PolicyGraphIT
class SeedLayersIT {

	private static final String DECEMBER = "import:2018-12";

	/**
	 * The reading of one month's layer: every node and relationship with what the seed
	 * wrote on it.
	 */
	private static final String LAYER = """
			CALL () { MATCH (n {seedLayer: $layer}) RETURN collect([n.id, n.seedVersion, n.text]) AS nodes }
			CALL () { MATCH ()-[r {seedLayer: $layer}]->() RETURN count(r) AS relationships }
			RETURN nodes, relationships
			""";

	@TempDir
	static Path imports;

	@Autowired
	Driver driver;

	@Autowired
	SeedReader reader;

	@Autowired
	SeedLoader loader;

	@Autowired
	SeedProperties properties;

	@BeforeAll
	static void importNextMonth() {
		Imports.december(imports);
	}

	@AfterEach
	void restoreTheCuratedSeed() {
		driver.executableQuery("MATCH ()-[r]->() WHERE r.seedLayer STARTS WITH 'import' DELETE r").execute();
		driver.executableQuery("MATCH (n) WHERE n.seedLayer STARTS WITH 'import' DETACH DELETE n").execute();
		loader.load(curated());
	}

	@Test
	void everyNodeAndRelationshipTheSeedWritesCarriesItsLayer() {
		loader.load(withDecember());

		assertThat(count("MATCH (n) WHERE n.seedVersion IS NOT NULL AND n.seedLayer IS NULL RETURN count(n)")).isZero();
		assertThat(count("MATCH ()-[r]->() WHERE r.seedVersion IS NOT NULL AND r.seedLayer IS NULL RETURN count(r)"))
			.isZero();
		assertThat(count(
				"MATCH (:Report {id: 'caict-internet-plus-2018-12', seedLayer: 'import:2018-12'}) RETURN count(*)"))
			.isEqualTo(1);
		assertThat(count("""
				MATCH (:Region {id: 'tianjin', seedLayer: 'builtin'})-[a:ACTOR_IN {seedLayer: 'import:2018-12'}]->
				      (:Initiative {reportId: 'caict-internet-plus-2018-12', seedLayer: 'import:2018-12'})
				RETURN count(a)""")).isPositive();
		assertThat(
				count("MATCH (s:SeedState) WHERE s.layers = ['builtin', 'import:2018-12', 'imports'] RETURN count(s)"))
			.isEqualTo(1);
	}

	@Test
	void aLoadWithoutTheImportedMonthAppliesTheBuiltinSeedAndLeavesTheMonthAsItWas() {
		loader.load(withDecember());
		Layer december = layer(DECEMBER);
		GraphSeed builtin = curated();
		Initiative edited = initiatives(builtin, "2018-11").get(0);
		Initiative dropped = removableInitiative(builtin, "2018-11");

		loader.load(replaceInitiatives(builtin, "2018-11",
				initiatives(builtin, "2018-11").stream()
					.filter(initiative -> !initiative.id().equals(dropped.id()))
					.map(initiative -> initiative == edited ? withText(initiative, "checked again") : initiative)
					.toList(),
				"edited-builtin"));

		assertThat(text(edited.id())).isEqualTo("checked again");
		assertThat(count("MATCH (i:Initiative {id: '" + dropped.id() + "'}) RETURN count(i)")).isZero();
		assertThat(layer(DECEMBER)).isEqualTo(december);
		assertThat(december.nodes()).hasSizeGreaterThan(105);
	}

	@Test
	void reloadingAMonthReplacesThatMonthsRecordsOnly() {
		GraphSeed union = withDecember();
		loader.load(union);
		GraphCounts before = GraphCounts.of(driver);
		Initiative dropped = removableInitiative(union, "2018-12");

		loader.load(without(union, "2018-12", dropped));

		assertThat(count("MATCH (i:Initiative {id: '" + dropped.id() + "'}) RETURN count(i)")).isZero();
		assertThat(count("MATCH ()-[r {initiativeId: '" + dropped.id() + "'}]->() RETURN count(r)")).isZero();
		assertThat(GraphCounts.of(driver).label("Initiative")).isEqualTo(before.label("Initiative") - 1);
		assertThat(count("MATCH (i:Initiative {reportId: 'caict-internet-plus-2018-11'}) RETURN count(i)"))
			.isEqualTo(initiatives(union, "2018-11").size());
	}

	@Test
	void nodesWrittenBeforeLayersExistedCountAsBuiltin() {
		driver.executableQuery("MATCH (n) WHERE n.seedLayer = 'builtin' REMOVE n.seedLayer").execute();
		driver.executableQuery("MATCH ()-[r]->() WHERE r.seedLayer = 'builtin' REMOVE r.seedLayer").execute();
		GraphSeed builtin = curated();
		Initiative dropped = removableInitiative(builtin, "2018-11");

		loader.load(without(builtin, "2018-11", dropped));

		assertThat(count("MATCH (i:Initiative {id: '" + dropped.id() + "'}) RETURN count(i)")).isZero();
		assertThat(count("MATCH (n) WHERE n.seedVersion IS NOT NULL AND n.seedLayer IS NULL RETURN count(n)")).isZero();
	}

	private record Layer(List<Object> nodes, long relationships) {
	}

	private Layer layer(String name) {
		var record = driver.executableQuery(LAYER).withParameters(Map.of("layer", name)).execute().records().get(0);
		return new Layer(record.get("nodes").asList(), record.get("relationships").asLong());
	}

	private GraphSeed curated() {
		return reader.read(properties.location());
	}

	private GraphSeed withDecember() {
		return reader.read(properties.location(), imports);
	}

	private long count(String cypher) {
		return driver.executableQuery(cypher).execute().records().get(0).get(0).asLong();
	}

	private String text(String initiativeId) {
		return driver.executableQuery("MATCH (i:Initiative {id: $id}) RETURN i.text")
			.withParameters(Map.of("id", initiativeId))
			.execute()
			.records()
			.get(0)
			.get(0)
			.asString();
	}

	private static Initiative withText(Initiative i, String text) {
		return new Initiative(i.id(), i.section(), i.row(), i.date(), text, i.region(), i.sourceUrl(),
				i.sourceUrlStatus(), i.sourceUrlIssue(), i.actors(), i.partnerships(), i.sectors(), i.duplicateOf(),
				i.notes());
	}

}
