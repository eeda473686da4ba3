package io.policygraph.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.policygraph.seed.SeedRecords.Initiative;
import io.policygraph.support.GraphCounts;
import io.policygraph.support.PolicyGraphIT;

@PolicyGraphIT
class SeedLoadingIT {

	private static final String NOVEMBER = "2018-11";

	@Autowired
	Driver driver;

	@Autowired
	SeedReader reader;

	@Autowired
	SeedLoader loader;

	@Autowired
	SeedProperties properties;

	@AfterEach
	void restoreTheCuratedSeed() {
		driver.executableQuery("MATCH (n:CuratorNote) DETACH DELETE n").execute();
		loader.load(curated());
	}

	@Test
	void theCuratedSeedIsLoadedAtStartUp() {
		GraphSeed seed = curated();
		GraphCounts counts = GraphCounts.of(driver);
		assertThat(loader.loadedVersion()).contains(seed.hash());
		assertThat(counts.label("Initiative")).isEqualTo(initiatives(seed).size());
		assertThat(counts.label("Region")).isEqualTo(seed.regions().size());
		assertThat(counts.label("Company")).isEqualTo(seed.companies().size());
		assertThat(counts.label("Report")).isEqualTo(seed.reports().size());
	}

	@Test
	void loadingTheSeedTwiceLeavesTheSameCounts() {
		GraphCounts before = GraphCounts.of(driver);
		loader.load(curated());
		loader.load(curated());
		assertThat(GraphCounts.of(driver)).isEqualTo(before);
	}

	@Test
	void nodesWrittenWithoutKeysGetTheSameKeysTheSeedWrites() {
		String keys = """
				MATCH (e:Entity {id: 'tencent'}), (i:Initiative {id: '2018-11-s2-tianjin-2'}), (p:Policy)
				WITH e, i, p ORDER BY p.id LIMIT 1
				RETURN [e.nameKeys, [i.textKey], p.titleKeys] AS keys
				""";
		List<Object> written = driver.executableQuery(keys).execute().records().get(0).get("keys").asList();
		driver.executableQuery("""
				MATCH (e:Entity {id: 'tencent'}), (i:Initiative {id: '2018-11-s2-tianjin-2'}), (p:Policy)
				WITH e, i, p ORDER BY p.id LIMIT 1
				REMOVE e.nameKeys, i.textKey, p.titleKeys
				""").execute();

		assertThat(loader.addMissingKeys()).isEqualTo(3);

		assertThat(driver.executableQuery(keys).execute().records().get(0).get("keys").asList()).isEqualTo(written);
		assertThat(((List<?>) written.get(0)).stream().map(Object::toString)).startsWith("腾讯", "tencent")
			.contains("腾讯公司", "wechat");
		assertThat(loader.addMissingKeys()).isZero();
	}

	@Test
	void aChangedSeedReplacesWhatTheOldOneWroteButKeepsCuratorData() {
		GraphSeed seed = curated();
		Initiative dropped = SeedEdits.removableInitiative(seed, NOVEMBER);
		driver.executableQuery("""
				MATCH (i:Initiative {id: $id})
				CREATE (:CuratorNote {text: 'checked against the source'})-[:ABOUT]->(i)
				""").withParameters(Map.of("id", initiatives(seed).get(0).id())).execute();
		GraphCounts before = GraphCounts.of(driver);

		loader.load(SeedEdits.without(seed, NOVEMBER, dropped));

		GraphCounts after = GraphCounts.of(driver);
		assertThat(after.label("Initiative")).isEqualTo(before.label("Initiative") - 1);
		assertThat(exists("MATCH (i:Initiative {id: $id}) RETURN count(i) > 0", dropped.id())).isFalse();
		assertThat(exists("MATCH ()-[r {initiativeId: $id}]->() RETURN count(r) > 0", dropped.id())).isFalse();
		assertThat(after.label("CuratorNote")).isEqualTo(1);
		assertThat(after.type("ABOUT")).isEqualTo(1);
	}

	@Test
	void anInvalidSeedWritesNothing() {
		GraphCounts before = GraphCounts.of(driver);
		String version = loader.loadedVersion().orElseThrow();
		GraphSeed seed = curated();
		Initiative first = initiatives(seed).get(0);
		Initiative broken = new Initiative(first.id() + "-copy", first.section(), first.row(), first.date(),
				first.text(), "atlantis", first.sourceUrl(), first.sourceUrlStatus(), first.sourceUrlIssue(),
				first.actors(), first.partnerships(), first.sectors(), null, first.notes());

		assertThatThrownBy(() -> loader.load(with(seed, broken))).isInstanceOf(SeedException.class)
			.hasMessageContaining("initiatives.yaml")
			.hasMessageContaining(broken.id())
			.hasMessageContaining("unknown id 'atlantis'");
		assertThat(GraphCounts.of(driver)).isEqualTo(before);
		assertThat(loader.loadedVersion()).contains(version);
	}

	@Test
	void aLoadThatCrashesHalfWayLeavesTheGraphAsItWas() {
		GraphSeed seed = curated();
		GraphCounts before = GraphCounts.of(driver);
		String version = loader.loadedVersion().orElseThrow();
		var crashing = new SeedLoader(io.policygraph.support.CrashingDriver.failingAfter(driver, 12));

		Initiative dropped = SeedEdits.removableInitiative(seed, NOVEMBER);
		assertThatThrownBy(() -> crashing.load(SeedEdits.without(seed, NOVEMBER, dropped)))
			.hasMessageContaining("simulated crash");

		assertThat(GraphCounts.of(driver)).isEqualTo(before);
		assertThat(loader.loadedVersion()).contains(version);
	}

	private GraphSeed curated() {
		return reader.read(properties.location());
	}

	private boolean exists(String cypher, String id) {
		return driver.executableQuery(cypher)
			.withParameters(Map.of("id", id))
			.execute()
			.records()
			.get(0)
			.get(0)
			.asBoolean();
	}

	private static List<Initiative> initiatives(GraphSeed seed) {
		return seed.reports().stream().flatMap(report -> report.initiatives().stream()).toList();
	}

	private static GraphSeed with(GraphSeed seed, Initiative added) {
		var initiatives = new ArrayList<>(SeedEdits.initiatives(seed, NOVEMBER));
		initiatives.add(added);
		return SeedEdits.replaceInitiatives(seed, NOVEMBER, initiatives, "with-" + added.id());
	}

}
