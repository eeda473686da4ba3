package io.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import io.policygraph.support.CypherCounter;
import io.policygraph.support.HttpGraphQl;
import io.policygraph.support.PolicyGraphIT;
import tools.jackson.databind.JsonNode;

/**
 * Types that say what they mean: closed value sets are enums, a Date is a strict calendar
 * date with the SDL's description and specification, and strings have a length limit that
 * is checked before the database is asked anything.
 */
@PolicyGraphIT
class TypesIT {

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Test
	void closedValueSetsAreEnumsAndTheReportsValuesAreAmongThem() {
		JsonNode actor = query("{ __type(name: \"Actor\") { fields { name type { ofType { name kind } } } } }");
		assertThat(actor.toString())
			.contains("{\"name\":\"role\",\"type\":{\"ofType\":{\"name\":\"ActorRole\",\"kind\":\"ENUM\"}}}");
		for (String type : List.of("ActorRole", "OrganizerRole", "OrganizationKind", "SourceUrlStatus", "FigureMeasure",
				"AuditAction", "RelationshipType")) {
			JsonNode described = query(
					"{ __type(name: \"" + type + "\") { kind description enumValues { name description } } }")
				.at("/__type");
			assertThat(described.get("kind").asString()).as(type).isEqualTo("ENUM");
			assertThat(described.get("description").asString()).as(type).isNotBlank();
			described.get("enumValues").forEach(value -> assertThat(value.get("description").asString()).isNotBlank());
		}

		JsonNode entry = query(
				"""
						{ node(id: "2018-11-s2-tianjin-2") { ... on Initiative { sourceUrlStatus actors { role entity { name } } } } }""")
			.at("/node");
		assertThat(entry.get("sourceUrlStatus").asString()).isIn("OK", "DAMAGED", "NONE");
		assertThat(entry.get("actors")).isNotEmpty()
			.allSatisfy(a -> assertThat(a.get("role").asString()).isIn("LEAD", "ISSUER", "PARTNER", "PARTICIPANT"));
		JsonNode summit = query(
				"""
						{ entity(name: "世界互联网大会") { ... on Event { organizers { role entity { name } } measures { text measure } } } }""")
			.at("/entity");
		assertThat(summit.get("organizers").toString()).contains("{\"role\":\"HOST\",\"entity\":{\"name\":\"浙江省\"}}");
		assertThat(summit.get("measures").toString()).contains("\"measure\":\"ATTENDEES\"");
		assertThat(
				query("{ entity(name: \"天津市南开医院\") { ... on Organization { kind } } }").at("/entity/kind").asString())
			.isEqualTo("HOSPITAL");
		assertThat(
				query("{ path(from: \"天津\", to: \"天津市南开医院\") { steps { type } } }").at("/path/steps/0/type").asString())
			.isIn("LOCATED_IN", "ACTOR_IN", "IN_REGION", "PART_OF");
	}

	/**
	 * A value the API does not know fails the field that reads it, with an error naming
	 * it; the rest is answered.
	 */
	@Test
	void anUnknownValueInTheDatabaseIsANamedErrorNotASilentNull() {
		setKind("tianjin-nankai-hospital", "SPACESHIP");
		try {
			GraphQlTester.Response response = HttpGraphQl.tester(this.port).document("""
					{ hospital: entity(name: "天津市南开医院") { ... on Organization { name kind } }
					  other: entity(name: "天津") { name } }""").execute();
			response.errors().satisfy(errors -> {
				ResponseError error = errors.get(0);
				assertThat(error.getParsedPath().get(0)).isEqualTo("hospital");
				assertThat(error.getExtensions().get("classification")).isEqualTo("UNKNOWN_GRAPH_VALUE");
				assertThat(error.getMessage()).contains("Organization.kind")
					.contains("SPACESHIP")
					.doesNotContain("Exception");
			});
			response.path("other.name").entity(String.class).isEqualTo("天津市");
		}
		finally {
			setKind("tianjin-nankai-hospital", "HOSPITAL");
		}
	}

	@Test
	void theDateScalarIsServedAsTheSchemaDescribesIt() {
		JsonNode date = query("{ __type(name: \"Date\") { description specifiedByURL } }").at("/__type");
		assertThat(date.get("description").asString()).startsWith("A calendar date, yyyy-MM-dd");
		assertThat(date.get("specifiedByURL").asString())
			.isEqualTo("https://datatracker.ietf.org/doc/html/rfc3339#section-5.6");
	}

	@Test
	void onlyRealCalendarDatesAreDates() {
		String literal = "{ initiatives(filter: {from: \"%s\"}) { totalCount } }";
		String variable = "query($d: Date) { initiatives(filter: {from: $d}) { totalCount } }";
		for (String bad : List.of("2018-02-30", "2018-13-01", "2018-1-01", "20181101", "2018-11-01T00:00:00Z", "")) {
			for (GraphQlTester.Response response : List.of(execute(literal.formatted(bad), Map.of()),
					execute(variable, Map.of("d", bad)))) {
				response.errors()
					.satisfy(errors -> assertThat(errors.get(0).getMessage()).as(bad)
						.contains("\"" + bad + "\"")
						.contains("yyyy-MM-dd")
						.doesNotContain("java.")
						.doesNotContain("Value{"));
				Map<String, Object> data = response.returnResponse().getData();
				assertThat(data == null || data.get("initiatives") == null).isTrue();
			}
		}
		assertThat(query(literal.formatted("2018-02-28")).at("/initiatives/totalCount").asInt()).isPositive();
		execute(variable, Map.of("d", "2020-02-29")).errors().verify();
	}

	@Test
	void aTooLongStringIsRefusedBeforeAnyDatabaseWork() {
		// within the body and variables size limits (a larger body is refused with 413
		// while it is read: RequestLimitsIT)
		String name = "天".repeat(300_000);
		CypherCounter.reset();
		GraphQlTester.Response response = execute("query($n: String!) { entity(name: $n) { name } }",
				Map.of("n", name));
		assertThat(CypherCounter.statements()).as("statements for a refused request").isZero();
		response.errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(errors.get(0).getMessage()).isEqualTo(
					"entity.name has 300000 characters; the limit is 1000 (policygraph.limits.max-string-length)");
		});
		Object data = response.returnResponse().getData();
		assertThat(data).isNull();
	}

	@Test
	void listItemsAndNestedInputFieldsHaveLimitsToo() {
		var failures = new ArrayList<String>();
		Map<String, Object> input = Map.of("report", "2018-11", "section", 2, "date", "2018-11-01", "text", "x",
				"sectors", List.of("医疗健康", "y".repeat(1001)));
		String create = "mutation($i: InitiativeInput!) { createInitiative(input: $i) { id } }";
		CypherCounter.reset();
		check(failures, execute(create, Map.of("i", input)), "createInitiative.input.sectors[1] has 1001 characters");
		check(failures, execute(create,
				Map.of("i", Map.of("report", "2018-11", "section", 2, "date", "2018-11-01", "text", "文".repeat(4001)))),
				"createInitiative.input.text has 4001 characters; the limit is 4000");
		check(failures, execute("{ search(text: \"" + "z".repeat(1001) + "\") { score } }", Map.of()),
				"search.text has 1001 characters");
		check(failures,
				execute("{ paths(from: \"天津\", to: \"天津\") { nodes { ... on Region { initiatives(after: \""
						+ "c".repeat(1001) + "\") { totalCount } } } } }", Map.of()),
				"paths.nodes.initiatives.after has 1001 characters");
		assertThat(CypherCounter.statements()).isZero();
		// 4000 characters of text are allowed: the request gets as far as the curator
		// check
		execute(create,
				Map.of("i", Map.of("report", "2018-11", "section", 2, "date", "2018-11-01", "text", "文".repeat(4000))))
			.errors()
			.satisfy(errors -> assertThat(errors.get(0).getErrorType().toString()).isIn("UNAUTHORIZED", "FORBIDDEN"));
		assertThat(failures).isEmpty();
	}

	private static void check(List<String> failures, GraphQlTester.Response response, String message) {
		response.errors().satisfy(errors -> {
			if (errors.isEmpty() || !errors.get(0).getMessage().startsWith(message)
					|| !errors.get(0).getErrorType().toString().equals("BAD_REQUEST")) {
				failures.add("expected " + message + ", got " + response.returnResponse().toMap());
			}
		});
	}

	private void setKind(String id, String kind) {
		try (var session = this.driver.session()) {
			session.executeWrite(
					tx -> tx.run("MATCH (o:Organization {id: $id}) SET o.kind = $kind", Map.of("id", id, "kind", kind))
						.consume());
		}
	}

	private GraphQlTester.Response execute(String document, Map<String, Object> variables) {
		return HttpGraphQl.tester(this.port).document(document).variables(variables).execute();
	}

	/** Runs a GraphQL document and returns its data; any GraphQL error fails the test. */
	private JsonNode query(String document) {
		return execute(document, Map.of()).path("").entity(JsonNode.class).get();
	}

}
