package io.policygraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import io.policygraph.support.Curators;
import io.policygraph.support.HttpGraphQl;
import io.policygraph.support.PolicyGraphIT;
import io.policygraph.support.Service;
import io.policygraph.support.TestNeo4j;
import tools.jackson.databind.JsonNode;

@PolicyGraphIT
class ImportMutationIT {

	private static final String IMPORT = """
			mutation Import($text: String!, $dryRun: Boolean) {
			  importReport(text: $text, dryRun: $dryRun) {
			    month dryRun written loaded entriesBySection { name count } policies events newEntities unresolved review identicalPercent
			    readings { initiative text actors { id name value rule } place { id name rule } }
			  }
			}
			""";

	@LocalServerPort
	int port;

	@Test
	void aDryRunImportSummarisesNextMonthsReportAndWritesNothing() {
		JsonNode summary = importReport(Map.of("text", ReportTexts.december()));

		assertThat(summary.get("month").asString()).isEqualTo("2018-12");
		assertThat(summary.get("dryRun").asBoolean()).isTrue();
		assertThat(summary.get("written")).isEmpty();
		assertThat(summary.get("loaded").asBoolean()).isFalse();
		assertThat(summary.get("entriesBySection").toString()).contains("\"count\":4")
			.contains("\"count\":83")
			.contains("\"count\":18");
		assertThat(summary.get("events").asInt()).isEqualTo(3);
		assertThat(summary.get("identicalPercent").isNull()).isTrue();
		assertThat(tester().document("{ reports { month } }")
			.execute()
			.path("reports")
			.entity(JsonNode.class)
			.get()
			.size()).isEqualTo(1);
		// each role and place with the reading rule that gave it
		JsonNode tianjin = summary.at("/readings")
			.valueStream()
			.filter(reading -> reading.get("initiative").asString().equals("2018-12-s2-tianjin-2"))
			.findFirst()
			.orElseThrow();
		assertThat(tianjin.get("text").asString()).startsWith("阿里健康与南开医院携手开启");
		assertThat(tianjin.at("/place/id").asString()).isEqualTo("tianjin");
		assertThat(tianjin.at("/place/rule").asString()).isEqualTo("row-region");
		assertThat(tianjin.get("actors").toString())
			.contains("\"name\":\"阿里健康\",\"value\":\"LEAD\",\"rule\":\"first-party-acts\"")
			.contains("\"id\":\"tianjin-nankai-hospital\"");
	}

	@Test
	void aDryRunOfTheCuratedMonthReviewsTheDifferences() {
		JsonNode summary = importReport(Map.of("text", ReportTexts.november()));
		assertThat(summary.get("month").asString()).isEqualTo("2018-11");
		assertThat(summary.get("identicalPercent").asInt()).isEqualTo(95);
		assertThat(summary.get("review").valueStream().map(JsonNode::asString)).contains("~ 2018-11-s2-hunan-2")
			.anyMatch(line -> line.startsWith("    sectors:") && line.contains("finance"));
		assertThat(summary.get("unresolved").valueStream().map(JsonNode::asString))
			.anyMatch(term -> term.startsWith("互联网+营销服务 (2018-11-s2-henan-1)"));
	}

	@Test
	void anAnonymousDryRunIsRefusedBeforeTheTextIsRead() {
		for (String text : List.of(ReportTexts.december(), "not a report")) {
			HttpGraphQl.tester(this.port)
				.document(IMPORT)
				.variables(Map.of("text", text))
				.execute()
				.errors()
				.satisfy(errors -> {
					assertThat(errors).hasSize(1);
					assertThat(errors.get(0).getErrorType().toString()).isEqualTo("UNAUTHORIZED");
					assertThat(errors.get(0).getMessage()).contains("Only curators may do this");
				});
		}
	}

	@Test
	void aDryRunEndsAtTheExecutionTimeLimit() {
		var properties = new HashMap<>(TestNeo4j.databaseProperties());
		properties.putAll(Curators.PROPERTIES);
		// well under the time reading a report takes, even on a fast idle machine
		properties.put("policygraph.limits.execution-timeout", "50ms");
		try (Service service = Service.start(properties)) {
			String text = ReportTexts.december();
			long started = System.nanoTime();
			service.graphQlTester(Curators.KEY)
				.document(IMPORT)
				.variables(Map.of("text", text))
				.execute()
				.errors()
				.satisfy(errors -> {
					assertThat(errors).hasSize(1);
					assertThat(errors.get(0).getErrorType().toString()).isEqualTo("QUERY_TIMEOUT");
					assertThat(errors.get(0).getMessage())
						.isEqualTo("The request took longer than its time limit of 50 ms "
								+ "(policygraph.limits.execution-timeout)");
				});
			assertThat(Duration.ofNanos(System.nanoTime() - started)).as("ended near the limit")
				.isLessThan(Duration.ofSeconds(5));
		}
	}

	@Test
	void importsThatWriteAreForbiddenUntilCuratorsAuthenticate() {
		tester().document(IMPORT)
			.variables(Map.of("text", ReportTexts.december(), "dryRun", false))
			.execute()
			.errors()
			.satisfy(errors -> {
				assertThat(errors.get(0).getErrorType().toString()).isEqualTo("FORBIDDEN");
				assertThat(errors.get(0).getMessage()).contains("policygraph.import.allow-writes");
			});
	}

	@Test
	void textThatIsNotAReportIsABadRequestNamingTheLine() {
		tester().document(IMPORT).variable("text", "id,name\n1,天津\n").execute().errors().satisfy(errors -> {
			assertThat(errors.get(0).getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(errors.get(0).getMessage()).contains("text").contains("line");
		});
	}

	private JsonNode importReport(Map<String, Object> variables) {
		return tester().document(IMPORT)
			.variables(variables)
			.execute()
			.path("importReport")
			.entity(JsonNode.class)
			.get();
	}

	/** Importing needs a curator's key, dry runs included. */
	private HttpGraphQlTester tester() {
		return HttpGraphQl.tester(this.port, Curators.KEY);
	}

}
