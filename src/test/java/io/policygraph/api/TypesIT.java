package io.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.policygraph.support.CypherCounter;
import io.policygraph.support.GraphQlHttp;
import io.policygraph.support.PolicyGraphIT;
import tools.jackson.databind.JsonNode;

/**
 * Types that say what they mean: closed value sets are enums, a Date is a strict calendar date
 * with the SDL's description and specification, and strings have a length limit that is checked
 * before the database is asked anything.
 */
@PolicyGraphIT
class TypesIT {

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Test
	void closedValueSetsAreEnumsAndTheReportsValuesAreAmongThem() {
		JsonNode actor = http().query("{ __type(name: \"Actor\") { fields { name type { ofType { name kind } } } } }");
		assertThat(actor.toString()).contains("{\"name\":\"role\",\"type\":{\"ofType\":{\"name\":\"ActorRole\",\"kind\":\"ENUM\"}}}");
		for (String type : List.of("ActorRole", "OrganizerRole", "OrganizationKind", "SourceUrlStatus", "FigureMeasure",
				"AuditAction", "RelationshipType")) {
			JsonNode described = http().query("{ __type(name: \"" + type + "\") { kind description enumValues { name description } } }")
				.at("/data/__type");
			assertThat(described.get("kind").asString()).as(type).isEqualTo("ENUM");
			assertThat(described.get("description").asString()).as(type).isNotBlank();
			described.get("enumValues").forEach(value -> assertThat(value.get("description").asString()).isNotBlank());
		}

		JsonNode entry = http().query("""
				{ node(id: "2018-11-s2-tianjin-2") { ... on Initiative { sourceUrlStatus actors { role entity { name } } } } }""")
			.at("/data/node");
		assertThat(entry.get("sourceUrlStatus").asString()).isIn("OK", "DAMAGED", "NONE");
		assertThat(entry.get("actors")).isNotEmpty()
			.allSatisfy(a -> assertThat(a.get("role").asString()).isIn("LEAD", "ISSUER", "PARTNER", "PARTICIPANT"));
		JsonNode summit = http().query("""
				{ entity(name: "世界互联网大会") { ... on Event { organizers { role entity { name } } measures { text measure } } } }""")
			.at("/data/entity");
		assertThat(summit.get("organizers").toString()).contains("{\"role\":\"HOST\",\"entity\":{\"name\":\"浙江省\"}}");
		assertThat(summit.get("measures").toString()).contains("\"measure\":\"ATTENDEES\"");
		assertThat(http().query("{ entity(name: \"天津市南开医院\") { ... on Organization { kind } } }").at("/data/entity/kind")
			.asString()).isEqualTo("HOSPITAL");
		assertThat(http().query("{ path(from: \"天津\", to: \"天津市南开医院\") { steps { type } } }").at("/data/path/steps/0/type")
			.asString()).isIn("LOCATED_IN", "ACTOR_IN", "IN_REGION", "PART_OF");
	}

	/** A value the API does not know fails the field that reads it, with an error naming it; the rest is answered. */
	@Test
	void anUnknownValueInTheDatabaseIsANamedErrorNotASilentNull() {
		setKind("tianjin-nankai-hospital", "SPACESHIP");
		try {
			JsonNode response = http().query("""
					{ hospital: entity(name: "天津市南开医院") { ... on Organization { name kind } }
					  other: entity(name: "天津") { name } }""");
			assertThat(response.at("/data/other/name").asString()).isEqualTo("天津市");
			assertThat(response.at("/errors/0/path/0").asString()).isEqualTo("hospital");
			assertThat(response.at("/errors/0/extensions/classification").asString()).isEqualTo("UNKNOWN_GRAPH_VALUE");
			assertThat(response.at("/errors/0/message").asString()).contains("Organization.kind").contains("SPACESHIP")
				.doesNotContain("Exception");
		}
		finally {
			setKind("tianjin-nankai-hospital", "HOSPITAL");
		}
	}

	@Test
	void theDateScalarIsServedAsTheSchemaDescribesIt() {
		JsonNode date = http().query("{ __type(name: \"Date\") { description specifiedByURL } }").at("/data/__type");
		assertThat(date.get("description").asString()).startsWith("A calendar date, yyyy-MM-dd");
		assertThat(date.get("specifiedByURL").asString())
			.isEqualTo("https://datatracker.ietf.org/doc/html/rfc3339#section-5.6");
	}

	@Test
	void onlyRealCalendarDatesAreDates() {
		String literal = "{ initiatives(filter: {from: \"%s\"}) { totalCount } }";
		String variable = "query($d: Date) { initiatives(filter: {from: $d}) { totalCount } }";
		for (String bad : List.of("2018-02-30", "2018-13-01", "2018-1-01", "20181101", "2018-11-01T00:00:00Z", "")) {
			for (JsonNode response : List.of(http().query(literal.formatted(bad)), http().query(variable, Map.of("d", bad)))) {
				String message = response.at("/errors/0/message").asString();
				assertThat(message).as(bad).contains("\"" + bad + "\"").contains("yyyy-MM-dd")
					.doesNotContain("java.").doesNotContain("Value{");
				assertThat(response.at("/data/initiatives").isMissingNode() || response.at("/data/initiatives").isNull())
					.isTrue();
			}
		}
		assertThat(http().query(literal.formatted("2018-02-28")).at("/data/initiatives/totalCount").asInt()).isPositive();
		assertThat(http().query(variable, Map.of("d", "2020-02-29")).has("errors")).isFalse();
	}

	@Test
	void aTooLongStringIsRefusedBeforeAnyDatabaseWork() {
		String name = "天".repeat(5 * 1024 * 1024);
		CypherCounter.reset();
		JsonNode response = http().query("query($n: String!) { entity(name: $n) { name } }", Map.of("n", name));
		assertThat(CypherCounter.statements()).as("statements for a refused request").isZero();
		assertThat(response.get("errors")).hasSize(1);
		assertThat(response.at("/errors/0/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(response.at("/errors/0/message").asString())
			.isEqualTo("entity.name has 5242880 characters; the limit is 1000 (policygraph.limits.max-string-length)");
		assertThat(response.at("/data").isMissingNode() || response.at("/data").isNull()).isTrue();
	}

	@Test
	void listItemsAndNestedInputFieldsHaveLimitsToo() {
		var failures = new ArrayList<String>();
		Map<String, Object> input = Map.of("report", "2018-11", "section", 2, "date", "2018-11-01", "text", "x",
				"sectors", List.of("医疗健康", "y".repeat(1001)));
		String create = "mutation($i: InitiativeInput!) { createInitiative(input: $i) { id } }";
		CypherCounter.reset();
		check(failures, http().query(create, Map.of("i", input)), "createInitiative.input.sectors[1] has 1001 characters");
		check(failures, http().query(create, Map.of("i", Map.of("report", "2018-11", "section", 2, "date", "2018-11-01",
				"text", "文".repeat(4001)))), "createInitiative.input.text has 4001 characters; the limit is 4000");
		check(failures, http().query("{ search(text: \"" + "z".repeat(1001) + "\") { score } }"),
				"search.text has 1001 characters");
		check(failures, http().query("{ paths(from: \"天津\", to: \"天津\") { nodes { ... on Region { initiatives(after: \""
				+ "c".repeat(1001) + "\") { totalCount } } } } }"), "paths.nodes.initiatives.after has 1001 characters");
		assertThat(CypherCounter.statements()).isZero();
		// 4000 characters of text are allowed: the request gets as far as the curator check
		JsonNode allowed = http().query(create, Map.of("i", Map.of("report", "2018-11", "section", 2, "date",
				"2018-11-01", "text", "文".repeat(4000))));
		assertThat(allowed.at("/errors/0/extensions/classification").asString()).isIn("UNAUTHORIZED", "FORBIDDEN");
		assertThat(failures).isEmpty();
	}

	private static void check(List<String> failures, JsonNode response, String message) {
		if (!response.at("/errors/0/message").asString().startsWith(message)
				|| !response.at("/errors/0/extensions/classification").asString().equals("BAD_REQUEST")) {
			failures.add("expected " + message + ", got " + response);
		}
	}

	private void setKind(String id, String kind) {
		try (var session = this.driver.session()) {
			session.executeWrite(tx -> tx.run("MATCH (o:Organization {id: $id}) SET o.kind = $kind",
					Map.of("id", id, "kind", kind)).consume());
		}
	}

	private GraphQlHttp http() {
		return new GraphQlHttp(this.port);
	}

}
