package io.policygraph.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Plan;

import io.policygraph.seed.BulkSeedLoader;
import io.policygraph.support.CypherCounter;
import io.policygraph.support.HttpGraphQl;
import io.policygraph.support.Service;
import io.policygraph.support.TestNeo4j;
import tools.jackson.databind.JsonNode;

/**
 * The selective questions (one region, one company, one search, a page of initiatives)
 * are answered from indexes, not by reading every node of a label: on a synthetic graph
 * 20 times the November 2018 report, every statement those questions run is planned with
 * {@code EXPLAIN}, and no plan scans a label, a relationship type or a whole index.
 * Labels that stay small however large the graph grows (reports, sectors) may be scanned.
 */
class IndexedPlansIT {

	/** Operators that read every node or relationship of a kind, or a whole index. */
	private static final Set<String> SCANS = Set.of("AllNodesScan", "NodeByLabelScan", "UnionNodeByLabelsScan",
			"IntersectionNodeByLabelsScan", "NodeIndexScan", "DirectedAllRelationshipsScan",
			"UndirectedAllRelationshipsScan", "DirectedRelationshipTypeScan", "UndirectedRelationshipTypeScan",
			"DirectedUnionRelationshipTypesScan", "UndirectedUnionRelationshipTypesScan",
			"DirectedRelationshipIndexScan", "UndirectedRelationshipIndexScan");

	/** Labels that hold one node per month or per 互联网+X domain. */
	private static final Set<String> SMALL_LABELS = Set.of("Report", "Sector", "SeedState");

	/** The selective questions, as analysts and front ends ask them. */
	private static final Map<String, String> QUESTIONS = new LinkedHashMap<>();

	static {
		QUESTIONS.put("entity by name", "{ entity(name: \"浙江\") { id name } }");
		QUESTIONS.put("a region's newest entries with their fields",
				"""
						{ entity(name: "浙江") { ... on Region { initiatives(first: 10) { edges { node {
						  id date text sourceUrl region { id name } sectors { id name } actors { role entity { id name } } } } } } } }""");
		QUESTIONS.put("a group's entries",
				"""
						{ entity(name: "阿里巴巴集团") { ... on Company { initiatives(first: 10) { totalCount edges { node { id } } } } } }""");
		QUESTIONS.put("entries of a sector in a period",
				"""
						{ initiatives(filter: {sector: "医疗健康", from: "2018-10-16", to: "2018-11-15"}, first: 20) {
						  totalCount edges { cursor node { id date text sourceUrl } } pageInfo { hasNextPage endCursor } } }""");
		QUESTIONS.put("entries of a region",
				"{ initiatives(filter: {region: \"浙江\"}, first: 20) { edges { node { id } } } }");
		QUESTIONS.put("entries of a firm", """
				{ initiatives(filter: {actor: "阿里巴巴集团"}, first: 20) { edges { node { id } } } }""");
		QUESTIONS.put("entries with a word",
				"{ initiatives(filter: {text: \"医院\"}, first: 20) { edges { node { id } } } }");
		QUESTIONS.put("the newest entries", """
				{ initiatives(first: 20) { edges { node { id date } } pageInfo { hasNextPage endCursor } } }""");
		QUESTIONS.put("partnerships of a company",
				"""
						{ partnerships(company: "阿里巴巴集团") { company { id } region { id } kinds initiatives { id date sourceUrl } } }""");
		QUESTIONS.put("partnerships in a region",
				"""
						{ partnerships(region: "浙江") { company { id } region { id } kinds initiatives { id date sourceUrl } } }""");
		QUESTIONS.put("search", "{ search(text: \"医疗\", first: 20) { score node { id } } }");
		QUESTIONS.put("an object by id", "{ node(id: \"tianjin\") { id } }");
	}

	static Service service;

	@BeforeAll
	static void loadASyntheticGraph(@TempDir Path folder) {
		SyntheticSeed.generate(20, 42, folder, line -> {
		});
		Map<String, String> properties = new HashMap<>(TestNeo4j.databaseProperties());
		properties.put("policygraph.seed.enabled", "false");
		service = Service.start(properties, true);
		Driver driver = service.context().getBean(Driver.class);
		new BulkSeedLoader(driver, 5000, line -> {
		}).load(folder);
		// The planner's index statistics come from Neo4j's background sampling, which may
		// not
		// have seen the bulk load yet (one run planned index scans from the small graph's
		// statistics): resample every index, wait for it, and clear the query caches.
		driver.executableQuery("CALL db.prepareForReplanning(300)").execute();
	}

	@AfterAll
	static void stop() {
		if (service != null) {
			service.close();
		}
	}

	@Test
	void everyStatementOfTheSelectiveQuestionsStartsFromAnIndex() {
		Driver driver = service.context().getBean(Driver.class);
		List<String> scans = new ArrayList<>();
		int planned = 0;
		for (var question : QUESTIONS.entrySet()) {
			CypherCounter.reset();
			JsonNode data = HttpGraphQl.tester(service.port())
				.document(question.getValue())
				.execute()
				.path("")
				.entity(JsonNode.class)
				.get();
			assertThat(data.isEmpty()).as(question.getKey()).isFalse();
			for (CypherCounter.Statement statement : CypherCounter.executed()) {
				Plan plan = driver.executableQuery("EXPLAIN " + statement.text())
					.withParameters(statement.parameters())
					.execute()
					.summary()
					.plan();
				scans(plan, question.getKey(), scans);
				planned++;
			}
		}

		assertThat(planned).as("statements planned").isGreaterThanOrEqualTo(QUESTIONS.size());
		assertThat(scans).isEmpty();
	}

	@Test
	void theSyntheticGraphHoldsTheRealEntitiesAndTheQuestionsFindThem() {
		JsonNode data = HttpGraphQl.tester(service.port())
			.document(QUESTIONS.get("partnerships of a company"))
			.execute()
			.path("")
			.entity(JsonNode.class)
			.get();
		assertThat(data.at("/partnerships").size()).isGreaterThan(1);
		assertThat(data.at("/partnerships/0/company/id").asString()).isEqualTo("alibaba-group");
		JsonNode page = HttpGraphQl.tester(service.port())
			.document(QUESTIONS.get("entries of a sector in a period"))
			.execute()
			.path("")
			.entity(JsonNode.class)
			.get();
		assertThat(page.at("/initiatives/edges").size()).isEqualTo(20);
		assertThat(page.at("/initiatives/edges/0/node/date").asString()).isBetween("2018-10-16", "2018-11-15");
	}

	/** Adds a line for every scan of a large label, a relationship type or an index. */
	private static void scans(Plan plan, String question, List<String> found) {
		String operator = plan.operatorType().replaceFirst("@.*", "");
		if (SCANS.contains(operator)) {
			String details = plan.arguments().containsKey("Details") ? plan.arguments().get("Details").asString() : "";
			boolean small = SMALL_LABELS.stream().anyMatch(label -> details.endsWith(":" + label));
			if (!small || !operator.equals("NodeByLabelScan")) {
				found.add(question + ": " + operator + " " + details);
			}
		}
		plan.children().forEach(child -> scans(child, question, found));
	}

}
