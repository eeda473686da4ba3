package io.policygraph.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.policygraph.PolicyGraphApplication;
import io.policygraph.seed.BulkSeedLoader;
import io.policygraph.seed.GraphSeed;
import io.policygraph.seed.SeedLoader;
import io.policygraph.seed.SeedReader;
import io.policygraph.seed.SeedRecords.Initiative;
import io.policygraph.seed.SeedRecords.Organization;
import io.policygraph.support.GraphCounts;
import io.policygraph.support.HttpGraphQl;

/**
 * {@code bulk-load} of a generated seed writes what the service's own seed loading
 * writes, and the service started on that database serves it without loading it again.
 */
class SyntheticBulkLoadIT {

	@TempDir
	Path temp;

	@Test
	void bulkLoadWritesWhatTheSeedLoaderWritesAndTheServiceSearchesIt() {
		Path seedFolder = this.temp.resolve("seed");
		SyntheticSeed.generate(2, 42, seedFolder, line -> {
		});
		Path bulkData = this.temp.resolve("bulk");
		assertThat(BulkLoadCommand.run(PolicyGraphApplication.class, seedFolder.toString(),
				"--policygraph.embedded.data-dir=" + bulkData, "--batch=50"))
			.isZero();

		GraphCounts bulk;
		try (var service = start(bulkData, seedFolder)) {
			Driver driver = service.getBean(Driver.class);
			assertThat(service.getBean(SeedLoader.class).loadedVersion()).contains(BulkSeedLoader.hash(seedFolder));
			bulk = GraphCounts.of(driver);
			assertThat(bulk.label("Initiative")).isEqualTo(210);
			assertThat(bulk.label("Report")).isEqualTo(2);
			assertThat(bulk.label("Event")).isEqualTo(6);
			assertThat(driver.executableQuery("""
					MATCH (i:Initiative {id: '2018-11-s2-zhejiang-1'})-[:REPORTED_IN]->(r:Report)
					RETURN i.date AS date, r.periodStart AS start, i.textKey IS NOT NULL AS keyed, i.seedLayer AS layer
					""").execute().records()).singleElement().satisfies(record -> {
				assertThat(record.get("date").asLocalDate()).isAfterOrEqualTo(record.get("start").asLocalDate());
				assertThat(record.get("keyed").asBoolean()).isTrue();
				assertThat(record.get("layer").asString()).isEqualTo("builtin");
			});
			assertThat(driver.executableQuery("MATCH (e:Entity {id: 'alibaba-group'}) RETURN e.nameKeys AS keys")
				.execute()
				.records()
				.get(0)
				.get("keys")
				.asList(value -> value.asString())).contains("阿里巴巴集团", "阿里巴巴");
			assertSearchFindsAGeneratedEntry(seedFolder, service);
		}

		GraphCounts loaded;
		try (var service = start(this.temp.resolve("seed-loader"), seedFolder)) {
			loaded = GraphCounts.of(service.getBean(Driver.class));
		}
		assertThat(bulk).isEqualTo(loaded);
	}

	private static void assertSearchFindsAGeneratedEntry(Path seedFolder, ConfigurableApplicationContext service) {
		GraphSeed seed = new SeedReader().parse(SeedReader.folder(seedFolder));
		List<String> synthetic = seed.organizations()
			.stream()
			.filter(organization -> organization.aliases().isEmpty())
			.map(Organization::id)
			.toList();
		Initiative entry = seed.reports()
			.stream()
			.flatMap(report -> report.initiatives().stream())
			.filter(initiative -> initiative.section() == 2 && synthetic.contains(initiative.actors().get(0).id()))
			.findFirst()
			.orElseThrow();
		String organization = seed.organizations()
			.stream()
			.filter(o -> o.id().equals(entry.actors().get(0).id()))
			.findFirst()
			.orElseThrow()
			.name();
		int port = ((WebServerApplicationContext) service).getWebServer().getPort();
		HttpGraphQl.tester(port)
			.documentName("search")
			.variable("text", organization)
			.variable("types", List.of("INITIATIVE"))
			.variable("first", 50)
			.execute()
			.path("search[*].node.id")
			.entityList(String.class)
			.contains(entry.id());
	}

	/**
	 * The service on this data folder, with the generated folder as its built-in seed.
	 */
	private ConfigurableApplicationContext start(Path dataDir, Path seedFolder) {
		return new SpringApplicationBuilder(PolicyGraphApplication.class).run(
				"--policygraph.embedded.data-dir=" + dataDir, "--policygraph.embedded.bolt-port=0", "--server.port=0",
				// The seed loader writes everything in one transaction: room for a busy
				// machine.
				"--policygraph.embedded.transaction-timeout=5m", "--policygraph.seed.location=file:" + seedFolder + "/",
				"--policygraph.seed.imports=" + this.temp.resolve("no-imports"), "--policygraph.warmup.enabled=false");
	}

}
