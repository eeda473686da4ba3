package io.policygraph.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.policygraph.seed.GraphSeed.ReportSeed;
import io.policygraph.seed.SeedRecords.Initiative;
import io.policygraph.support.GraphCounts;
import io.policygraph.support.PolicyGraphIT;

@PolicyGraphIT
class SeedLoadingIT {

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
	void aChangedSeedReplacesWhatTheOldOneWroteButKeepsCuratorData() {
		GraphSeed seed = curated();
		Initiative dropped = removableInitiative(seed);
		driver.executableQuery("""
				MATCH (i:Initiative {id: $id})
				CREATE (:CuratorNote {text: 'checked against the source'})-[:ABOUT]->(i)
				""").withParameters(Map.of("id", initiatives(seed).get(0).id())).execute();
		GraphCounts before = GraphCounts.of(driver);

		loader.load(without(seed, dropped));

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

		assertThatThrownBy(() -> crashing.load(without(seed, removableInitiative(seed))))
			.hasMessageContaining("simulated crash");

		assertThat(GraphCounts.of(driver)).isEqualTo(before);
		assertThat(loader.loadedVersion()).contains(version);
	}

	private GraphSeed curated() {
		return reader.read(properties.location());
	}

	private boolean exists(String cypher, String id) {
		return driver.executableQuery(cypher).withParameters(Map.of("id", id)).execute().records().get(0).get(0)
			.asBoolean();
	}

	private static List<Initiative> initiatives(GraphSeed seed) {
		return seed.reports().stream().flatMap(report -> report.initiatives().stream()).toList();
	}

	/** The last initiative that no policy announces and no other entry duplicates. */
	private static Initiative removableInitiative(GraphSeed seed) {
		ReportSeed report = seed.reports().get(0);
		List<Initiative> candidates = report.initiatives().stream()
			.filter(i -> report.policies().stream().noneMatch(p -> p.initiative().equals(i.id())))
			.filter(i -> report.initiatives().stream().noneMatch(o -> i.id().equals(o.duplicateOf())))
			.toList();
		return candidates.get(candidates.size() - 1);
	}

	private static GraphSeed without(GraphSeed seed, Initiative dropped) {
		return replaceInitiatives(seed, seed.reports().get(0).initiatives().stream()
			.filter(i -> !i.id().equals(dropped.id()))
			.toList(), "without-" + dropped.id());
	}

	private static GraphSeed with(GraphSeed seed, Initiative added) {
		var initiatives = new java.util.ArrayList<>(seed.reports().get(0).initiatives());
		initiatives.add(added);
		return replaceInitiatives(seed, initiatives, "with-" + added.id());
	}

	private static GraphSeed replaceInitiatives(GraphSeed seed, List<Initiative> initiatives, String version) {
		ReportSeed first = seed.reports().get(0);
		var reports = new java.util.ArrayList<>(seed.reports());
		reports.set(0, new ReportSeed(first.folder(), first.report(), initiatives, first.policies(), first.events()));
		return new GraphSeed(version, seed.ministries(), seed.regions(), seed.companies(), seed.organizations(),
				seed.sectors(), reports);
	}

}
