package io.policygraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import io.policygraph.support.Curators;
import io.policygraph.support.Service;
import io.policygraph.support.TestNeo4j;
import tools.jackson.databind.JsonNode;

/** Imported months live in the imports folder and stay in the graph across restarts. */
class ImportedMonthsIT {

	private static final String INITIATIVE = """
			query Initiative($id: ID!) {
			  node(id: $id) { ... on Initiative { date text sourceUrl report { month } } }
			}
			""";

	private static final String IMPORT = """
			mutation Import($text: String!, $dryRun: Boolean) {
			  importReport(text: $text, dryRun: $dryRun) { month written loaded review }
			}
			""";

	@TempDir
	Path work;

	/**
	 * The README's sequence: import, review (a curator edits an entry), import --load,
	 * restart with defaults.
	 */
	@Test
	void aMonthImportedAndLoadedIsThereAfterARestartWithDefaultSettings() throws IOException {
		Path dataDir = work.resolve("data/neo4j");
		Path imports = work.resolve("data/imports");
		Path report = Files.writeString(work.resolve("report-2018-12.txt"), ReportTexts.december());
		String[] settings = { "--policygraph.embedded.data-dir=" + dataDir, "--policygraph.seed.imports=" + imports,
				"--policygraph.embedded.bolt-port=0" };

		CommandRun review = run(report, settings);
		assertThat(review.exit()).as(review.err()).isZero();
		Path initiatives = imports.resolve("reports/2018-12/initiatives.yaml");
		assertThat(initiatives).exists();
		assertThat(imports.resolve("entities")).doesNotExist();
		String imported = Files.readString(initiatives);
		Files.writeString(initiatives, imported.replace("阿里健康与南开医院携手开启", "阿里健康与天津市南开医院携手开启"));

		CommandRun load = run(report, "--load", settings[0], settings[1], settings[2]);
		assertThat(load.exit()).as(load.err()).isZero();
		assertThat(load.out()).contains("kept as it is").contains("loaded");

		try (Service service = Service.start(Map.of("policygraph.embedded.data-dir", dataDir.toString(),
				"policygraph.seed.imports", imports.toString(), "policygraph.embedded.bolt-port", "0"))) {
			HttpGraphQlTester graphQl = service.graphQlTester();
			assertThat(service.reportMonths()).containsExactly("2018-11", "2018-12");
			graphQl.document("{ initiatives(filter: {report: \"2018-12\"}) { totalCount } }")
				.execute()
				.path("initiatives.totalCount")
				.entity(Integer.class)
				.isEqualTo(105);
			JsonNode tianjin = initiative(graphQl, "2018-12-s2-tianjin-2");
			assertThat(tianjin.get("date").asString()).isEqualTo("2018-11-22");
			assertThat(tianjin.get("text").asString()).startsWith("阿里健康与天津市南开医院携手开启“互联网+智慧医疗”服务新模式");
			assertThat(tianjin.get("sourceUrl").asString())
				.isEqualTo("http://news.sina.com.cn/o/2018-10-22/doc-ihmuuiyy9046927.shtml");
			assertThat(tianjin.at("/report/month").asString()).isEqualTo("2018-12");
			assertThat(initiative(graphQl, "2018-11-s2-tianjin-2").get("text").asString()).startsWith("阿里健康与南开医院携手开启");
			assertThat(initiative(graphQl, "2018-12-s1-miit-1").get("date").asString()).isEqualTo("2018-12-08");

			Map<String, String> before = CommandRun.files(imports);
			CommandRun busy = run(report, "--load", "--force", settings[0], settings[1], settings[2]);
			assertThat(busy.exit()).isEqualTo(1);
			assertThat(busy.err().strip().lines()).hasSize(1);
			assertThat(busy.err()).contains("is in use")
				.contains("Nothing was written")
				.contains("without --load")
				.doesNotContain("Exception")
				.doesNotContain("\tat ");
			assertThat(CommandRun.files(imports)).isEqualTo(before);
		}
	}

	private static final String UPDATE = """
			mutation Update($id: ID!, $input: InitiativeInput!) { updateInitiative(id: $id, input: $input) { version } }
			""";

	/**
	 * The mutation writes the month and loads the seed, which puts the seed's version of
	 * every entry back: the review says which curator's changes that replaces, and the
	 * audit trail records the import with them. Files are named relative to the imports
	 * folder.
	 */
	@Test
	void theMutationWritesTheMonthIntoTheImportsFolderAndLoadsItForCuratorsOnly() throws IOException {
		Path imports = work.resolve("imports");
		Map<String, String> properties = new HashMap<>(TestNeo4j.databaseProperties());
		properties.putAll(Curators.PROPERTIES);
		properties.put("policygraph.seed.imports", imports.toString());
		properties.put("policygraph.import.allow-writes", "true");
		Map<String, Object> write = Map.of("text", ReportTexts.december(), "dryRun", false);
		try (Service service = Service.start(properties)) {
			service.graphQlTester()
				.document(IMPORT)
				.variables(write)
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors.get(0).getErrorType().toString()).isEqualTo("UNAUTHORIZED"));
			assertThat(imports).doesNotExist();
			assertThat(service.reportMonths()).containsExactly("2018-11");
			service.graphQlTester(Curators.KEY)
				.document(UPDATE)
				.variables(Map.of("id", "2018-11-s2-tianjin-2", "input",
						Map.of("report", "2018-11", "section", 2, "date", "2018-11-10", "text", "天津市的一条经馆员修改的条目。",
								"region", "天津", "actors", List.of(Map.of("entity", "天津", "role", "LEAD")))))
				.execute()
				.path("updateInitiative.version")
				.entity(Integer.class)
				.isEqualTo(2);
			String replaced = "! 2018-11-s2-tianjin-2: updateInitiative by " + Curators.NAME;
			JsonNode dryRun = importReport(service, Map.of("text", ReportTexts.december(), "dryRun", true));
			assertThat(dryRun.get("review").valueStream().map(JsonNode::asString))
				.anyMatch(line -> line.startsWith(replaced));

			JsonNode summary = importReport(service, write);
			assertThat(summary.get("month").asString()).isEqualTo("2018-12");
			assertThat(summary.get("loaded").asBoolean()).isTrue();
			assertThat(summary.get("written").valueStream().map(JsonNode::asString))
				.contains("reports/2018-12/initiatives.yaml")
				.allMatch(file -> !file.startsWith("/") && !file.contains(work.toString()));
			assertThat(summary.get("review").valueStream().map(JsonNode::asString))
				.anyMatch(line -> line.startsWith(replaced));
			JsonNode trail = service.graphQlTester(Curators.KEY)
				.document("{ auditTrail { curator action target details } }")
				.execute()
				.path("auditTrail")
				.entity(JsonNode.class)
				.get();
			assertThat(trail.at("/0/action").asString()).isEqualTo("IMPORT_REPORT");
			assertThat(trail.at("/0/curator").asString()).isEqualTo(Curators.NAME);
			assertThat(trail.at("/0/target").asString()).isEqualTo("2018-12");
			assertThat(trail.at("/0/details").asString()).contains("reports/2018-12/initiatives.yaml")
				.contains("loaded: true")
				.contains("updateInitiative of 2018-11-s2-tianjin-2 by " + Curators.NAME)
				.doesNotContain(work.toString());
			assertThat(imports.resolve("reports/2018-12/report.yaml")).exists();
			assertThat(service.reportMonths()).containsExactly("2018-11", "2018-12");

			JsonNode again = importReport(service, write);
			assertThat(again.get("written")).isEmpty();
			assertThat(again.get("review")).as("the change was replaced, and said so, by the import before").isEmpty();
			assertThat(service.graphQlTester(Curators.KEY)
				.document("{ auditTrail { action target } }")
				.execute()
				.path("auditTrail[*].action")
				.entityList(String.class)
				.get()).containsExactly("IMPORT_REPORT", "IMPORT_REPORT", "UPDATE_INITIATIVE");

			// a broken file of the imports folder is named relative to it
			Files.writeString(imports.resolve("reports/2018-12/policies.yaml"), "- id: [unclosed\n");
			service.graphQlTester(Curators.KEY)
				.document(IMPORT)
				.variables(Map.of("text", ReportTexts.december(), "dryRun", true))
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
					assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
					assertThat(error.getMessage()).contains("reports/2018-12/policies.yaml")
						.doesNotContain(work.toString());
				}));
		}
	}

	private static JsonNode initiative(HttpGraphQlTester graphQl, String id) {
		return graphQl.document(INITIATIVE).variable("id", id).execute().path("node").entity(JsonNode.class).get();
	}

	private static JsonNode importReport(Service service, Map<String, Object> variables) {
		return service.graphQlTester(Curators.KEY)
			.document(IMPORT)
			.variables(variables)
			.execute()
			.path("importReport")
			.entity(JsonNode.class)
			.get();
	}

	private static CommandRun run(Path report, String... options) {
		return CommandRun.of(Stream.concat(Stream.of(report.toString()), Stream.of(options)).toArray(String[]::new));
	}

}
