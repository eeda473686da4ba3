package io.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import io.policygraph.support.Curators;
import io.policygraph.support.HttpGraphQl;
import io.policygraph.support.PolicyGraphIT;
import tools.jackson.databind.JsonNode;

/**
 * The lists that page are Relay cursor connections: first/after and last/before, a full
 * PageInfo, and opaque keyset cursors tied to their list, over the 2018-11 report's
 * entries.
 */
@PolicyGraphIT
class PagingIT {

	/**
	 * The 2018-11 report's entries located in 天津, newest first, then by id (two on
	 * 2018-10-22).
	 */
	private static final List<String> TIANJIN = List.of("2018-11-s2-tianjin-4 2018-11-13",
			"2018-11-s2-tianjin-3 2018-11-01", "2018-11-s2-tianjin-2 2018-10-22",
			"2018-11-s3-alibaba-group-1 2018-10-22", "2018-11-s2-tianjin-1 2018-10-16");

	private static final Map<String, Object> IN_TIANJIN = Map.of("region", "天津");

	private static final String REGION_PAGES = """
			query Pages($first: Int, $after: String, $before: String) {
			  tianjin: entity(name: "天津") { name initiatives(first: $first) { pageInfo { endCursor } } }
			  guangdong: entity(name: "广东") {
			    name
			    initiatives(first: $first, after: $after, before: $before) { totalCount edges { node { id } } }
			  }
			}
			""";

	private static final String CREATE = """
			mutation Create($input: InitiativeInput!) { createInitiative(input: $input) { id } }
			""";

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@AfterEach
	void removeCuratedEntries() {
		Curators.removeCuratedEntries(driver);
	}

	@Test
	void forwardPagesOfTianjinAreTheUnpagedListWithTheirEnds() {
		JsonNode all = initiatives(Map.of("filter", IN_TIANJIN, "first", 100));
		assertThat(entries(all)).containsExactlyElementsOf(TIANJIN);
		assertThat(all.get("totalCount").asInt()).isEqualTo(5);
		assertPageInfo(all, false, false);

		JsonNode page1 = initiatives(Map.of("filter", IN_TIANJIN, "first", 2));
		JsonNode page2 = initiatives(Map.of("filter", IN_TIANJIN, "first", 2, "after", endCursor(page1)));
		JsonNode page3 = initiatives(Map.of("filter", IN_TIANJIN, "first", 2, "after", endCursor(page2)));
		assertThat(entries(page1)).containsExactlyElementsOf(TIANJIN.subList(0, 2));
		assertThat(entries(page2)).containsExactlyElementsOf(TIANJIN.subList(2, 4));
		assertThat(entries(page3)).containsExactlyElementsOf(TIANJIN.subList(4, 5));
		assertPageInfo(page1, true, false);
		assertPageInfo(page2, true, true);
		assertPageInfo(page3, false, true);
		assertThat(page3.get("totalCount").asInt()).isEqualTo(5);
		JsonNode beyond = initiatives(Map.of("filter", IN_TIANJIN, "first", 2, "after", endCursor(page3)));
		assertThat(beyond.get("edges")).isEmpty();
		assertThat(beyond.at("/pageInfo/endCursor").isNull()).isTrue();
		assertThat(beyond.at("/pageInfo/hasPreviousPage").asBoolean()).isTrue();
	}

	@Test
	void backwardPagesGiveTheSameEntriesInTheSameOrder() {
		JsonNode last = initiatives(Map.of("filter", IN_TIANJIN, "last", 2));
		JsonNode middle = initiatives(Map.of("filter", IN_TIANJIN, "last", 2, "before", startCursor(last)));
		JsonNode first = initiatives(Map.of("filter", IN_TIANJIN, "last", 2, "before", startCursor(middle)));
		assertThat(entries(last)).containsExactlyElementsOf(TIANJIN.subList(3, 5));
		assertThat(entries(middle)).containsExactlyElementsOf(TIANJIN.subList(1, 3));
		assertThat(entries(first)).containsExactly(TIANJIN.get(0));
		assertPageInfo(last, false, true);
		assertPageInfo(middle, true, true);
		assertPageInfo(first, true, false);
		var joined = new ArrayList<String>();
		List.of(first, middle, last).forEach(page -> joined.addAll(entries(page)));
		assertThat(joined).containsExactlyElementsOf(TIANJIN);
	}

	@Test
	void firstAndLastTogetherTakeTheLastOfTheFirst() {
		JsonNode page = initiatives(Map.of("filter", IN_TIANJIN, "first", 4, "last", 2));
		assertThat(entries(page)).containsExactlyElementsOf(TIANJIN.subList(2, 4));
		assertPageInfo(page, true, true);
	}

	@Test
	void afterAndBeforeTogetherBoundAWindow() {
		JsonNode all = initiatives(Map.of("filter", IN_TIANJIN));
		JsonNode window = initiatives(Map.of("filter", IN_TIANJIN, "after", all.at("/edges/0/cursor").asString(),
				"before", all.at("/edges/4/cursor").asString()));
		assertThat(entries(window)).containsExactlyElementsOf(TIANJIN.subList(1, 4));
		assertPageInfo(window, true, true);
		JsonNode lastTwo = initiatives(Map.of("filter", IN_TIANJIN, "after", all.at("/edges/0/cursor").asString(),
				"before", all.at("/edges/4/cursor").asString(), "last", 2));
		assertThat(entries(lastTwo)).containsExactlyElementsOf(TIANJIN.subList(2, 4));
	}

	@Test
	void aCursorServesTheSameFilterInAnySpellingOfItsNames() {
		JsonNode page1 = initiatives(Map.of("filter", IN_TIANJIN, "first", 2));
		JsonNode page2 = initiatives(
				Map.of("filter", Map.of("region", "Tianjin"), "first", 2, "after", endCursor(page1)));
		assertThat(entries(page2)).containsExactlyElementsOf(TIANJIN.subList(2, 4));
	}

	@Test
	void companiesPageBothWays() {
		JsonNode all = data("companies", Map.of("first", 100)).get("companies");
		List<String> ids = ids(all);
		assertThat(ids).contains("alibaba-health", "china-mobile").isSorted();
		JsonNode forward = data("companies", Map.of("first", 3, "after", all.at("/edges/2/cursor").asString()))
			.get("companies");
		assertThat(ids(forward)).containsExactlyElementsOf(ids.subList(3, 6));
		assertPageInfo(forward, true, true);
		JsonNode backward = data("companies", Map.of("last", 3)).get("companies");
		assertThat(ids(backward)).containsExactlyElementsOf(ids.subList(ids.size() - 3, ids.size()));
		assertPageInfo(backward, false, true);
	}

	@Test
	void aCursorOfCompaniesIsRefusedByInitiativesAndTheRestOfTheAnswerStays() {
		String company = data("companies", Map.of("first", 1)).at("/companies/pageInfo/endCursor").asString();
		assertRefused(company, "after");
		assertRefused(company, "before");
	}

	@Test
	void aCursorOfOneFilterIsRefusedByAnother() {
		String tianjin = endCursor(initiatives(Map.of("filter", IN_TIANJIN, "first", 1)));
		GraphQlTester.Response response = execute("""
				query($after: String) {
				  reports { month }
				  initiatives(filter: {region: "广东"}, after: $after) { totalCount }
				}
				""", Map.of("after", tianjin));
		assertBadRequest(response, "after", "initiatives");
		assertThat(months(response)).contains("2018-11");
		String guangdong = endCursor(initiatives(Map.of("filter", Map.of("region", "广东"), "first", 1)));
		assertRefused(guangdong, "after");
		assertRefused(guangdong, "before");
		String tianjinHealth = endCursor(
				initiatives(Map.of("filter", Map.of("region", "天津", "sector", "医疗健康"), "first", 1)));
		assertRefused(tianjinHealth, "after");
	}

	@Test
	void aCursorOfOneRegionsInitiativesIsRefusedByAnothersWhoseOwnAnswerStays() {
		JsonNode own = execute(REGION_PAGES, Map.of("first", 1)).path("").entity(JsonNode.class).get();
		String tianjin = own.at("/tianjin/initiatives/pageInfo/endCursor").asString();
		assertThat(own.at("/guangdong/initiatives/totalCount").asInt()).isEqualTo(3);

		GraphQlTester.Response response = execute(REGION_PAGES, Map.of("first", 1, "after", tianjin));
		assertBadRequest(response, "after", "guangdong", "initiatives");
		response.path("guangdong.name").entity(String.class).isEqualTo("广东省");
		response.path("tianjin.name").entity(String.class).isEqualTo("天津市");
		assertBadRequest(execute(REGION_PAGES, Map.of("first", 1, "before", tianjin)), "before", "guangdong",
				"initiatives");
		// the nested list of 天津 is not Query.initiatives of 天津
		assertRefused(tianjin, "after");
	}

	@Test
	void forgedAndGarbageCursorsAreBadRequestsNamingTheArgument() {
		List<String> forged = List.of(base64("after:2147483647"), base64("after:2147483646"),
				base64("after:99999999999999999999"), base64("pg1\n2018-11-01\n2018-11-s2-tianjin-3\nAAAAAAAAAAAAAAAA"),
				base64("pg1\n+999999999-12-31\nx\nAAAAAAAAAAAAAAAA"), "not-a-cursor", "!!!***", "", "=", "%00",
				"YWZ0ZXI6MQ==", "a".repeat(900), "\u5929\u6d25");
		for (String cursor : forged) {
			assertRefused(cursor, "after");
			assertRefused(cursor, "before");
		}
	}

	@Test
	void aCursorOverTheStringLimitIsRefusedBeforeTheQueryRuns() {
		execute("""
				query($after: String) { initiatives(after: $after) { totalCount } }
				""", Map.of("after", "a".repeat(5000))).errors().satisfy(errors -> {
			ResponseError error = errors.get(0);
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(error.getExtensions().get("argument")).isEqualTo("initiatives.after");
			assertThat(error.getMessage()).isEqualTo(
					"initiatives.after has 5000 characters; the limit is 1000 (policygraph.limits.max-string-length)");
		});
	}

	@Test
	void aPageContinuesAfterItsCursorsKeyWhenEntriesAreAddedAndRemovedMeanwhile() {
		String between = create("2018-11-05", "天津市测试平台甲上线。");
		JsonNode page1 = initiatives(Map.of("filter", IN_TIANJIN, "first", 2));
		assertThat(ids(page1)).containsExactly("2018-11-s2-tianjin-4", between);

		delete(between);
		String earlierOnPage1 = create("2018-11-06", "天津市测试平台乙上线。");
		String later = create("2018-10-20", "天津市测试平台丙上线。");
		JsonNode page2 = initiatives(Map.of("filter", IN_TIANJIN, "first", 10, "after", endCursor(page1)));
		assertThat(ids(page2)).containsExactly("2018-11-s2-tianjin-3", "2018-11-s2-tianjin-2",
				"2018-11-s3-alibaba-group-1", later, "2018-11-s2-tianjin-1");
		assertThat(ids(page2)).doesNotContain(earlierOnPage1, "2018-11-s2-tianjin-4");
		assertPageInfo(page2, false, true);
		assertThat(page2.get("totalCount").asInt()).isEqualTo(7);
	}

	@Test
	void lastCountsForTheQueryCostAsFirstDoes() {
		for (String size : List.of("first", "last")) {
			execute("""
					{ initiatives(%1$s: 100) { edges { node { actors { entity {
					    ... on Region { initiatives(%1$s: 100) { edges { node { id text } } } } } } } } } }
					""".formatted(size), Map.of()).errors()
				.satisfy(errors -> assertThat(errors.get(0).getMessage()).as(size)
					.contains("the limit is 50000 (policygraph.limits.max-cost)"));
		}
	}

	private void assertRefused(String cursor, String argument) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(argument, cursor);
		GraphQlTester.Response response = execute("""
				query($after: String, $before: String) {
				  reports { month }
				  initiatives(filter: {region: "天津"}, after: $after, before: $before) { totalCount }
				}
				""", variables);
		assertBadRequest(response, argument, "initiatives");
		assertThat(months(response)).contains("2018-11");
	}

	private static void assertBadRequest(GraphQlTester.Response response, String argument, String... path) {
		String whole = response.returnResponse().toMap().toString();
		response.errors().satisfy(errors -> {
			assertThat(errors).as(whole).hasSize(1);
			ResponseError error = errors.get(0);
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(error.getExtensions().get("argument")).isEqualTo(argument);
			assertThat(error.getMessage()).startsWith("Argument '" + argument + "' is not a cursor of this list");
			assertThat(error.getParsedPath()).map(String::valueOf).containsExactly(path);
		});
		assertThat(whole).doesNotContain("Exception").doesNotContain("MATCH");
	}

	private String create(String date, String text) {
		return HttpGraphQl.tester(this.port, Curators.KEY)
			.document(CREATE)
			.variable("input",
					Map.of("report", "2018-11", "section", 2, "date", date, "text", text, "region", "天津", "sectors",
							List.of("政务服务")))
			.execute()
			.path("createInitiative.id")
			.entity(String.class)
			.get();
	}

	private void delete(String id) {
		HttpGraphQl.tester(this.port, Curators.KEY)
			.document("mutation($id: ID!) { deleteInitiative(id: $id) }")
			.variable("id", id)
			.execute()
			.path("deleteInitiative")
			.entity(Boolean.class)
			.isEqualTo(true);
	}

	private static void assertPageInfo(JsonNode connection, boolean hasNext, boolean hasPrevious) {
		JsonNode info = connection.get("pageInfo");
		assertThat(info.get("hasNextPage").asBoolean()).as("hasNextPage").isEqualTo(hasNext);
		assertThat(info.get("hasPreviousPage").asBoolean()).as("hasPreviousPage").isEqualTo(hasPrevious);
		JsonNode edges = connection.get("edges");
		assertThat(info.get("startCursor").asString()).isEqualTo(edges.get(0).get("cursor").asString());
		assertThat(info.get("endCursor").asString()).isEqualTo(edges.get(edges.size() - 1).get("cursor").asString());
	}

	private JsonNode initiatives(Map<String, Object> variables) {
		return data("initiatives", variables).get("initiatives");
	}

	private static List<String> months(GraphQlTester.Response response) {
		return response.path("reports[*].month").entityList(String.class).get();
	}

	private static List<String> entries(JsonNode connection) {
		return connection.get("edges")
			.valueStream()
			.map(edge -> edge.at("/node/id").asString() + " " + edge.at("/node/date").asString())
			.toList();
	}

	private static List<String> ids(JsonNode connection) {
		return connection.get("edges").valueStream().map(edge -> edge.at("/node/id").asString()).toList();
	}

	private static String endCursor(JsonNode connection) {
		return connection.at("/pageInfo/endCursor").asString();
	}

	private static String startCursor(JsonNode connection) {
		return connection.at("/pageInfo/startCursor").asString();
	}

	private static String base64(String text) {
		return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	private GraphQlTester.Response execute(String document, Map<String, Object> variables) {
		return HttpGraphQl.tester(this.port).document(document).variables(variables).execute();
	}

	/**
	 * Runs a document of {@code graphql-test/} and returns its data; any GraphQL error
	 * fails the test.
	 */
	private JsonNode data(String document, Map<String, Object> variables) {
		return HttpGraphQl.tester(this.port)
			.documentName(document)
			.variables(variables)
			.execute()
			.path("")
			.entity(JsonNode.class)
			.get();
	}

}
