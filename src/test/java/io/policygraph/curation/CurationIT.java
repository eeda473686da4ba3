package io.policygraph.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.policygraph.support.Curators;
import io.policygraph.support.GraphQlHttp;
import io.policygraph.support.PolicyGraphIT;
import io.policygraph.support.Service;
import io.policygraph.support.TestNeo4j;
import tools.jackson.databind.JsonNode;

/** Curators change the graph with an API key; everyone else reads; every change is audited. */
@PolicyGraphIT
class CurationIT {

	private static final String CREATE = """
			mutation Create($input: InitiativeInput!) {
			  createInitiative(input: $input) { id date text sourceUrl region { name } sectors { name } actors { role entity { name } } }
			}
			""";

	private static final Map<String, Object> INPUT = Map.of("report", "2018-11", "section", 2, "date", "2018-11-10",
			"text", "天津市与百度签署合作协议，推进“互联网+政务服务”。", "region", "天津", "sourceUrl",
			"http://example.org/tianjin-baidu", "sectors", List.of("政务服务"), "actors",
			List.of(Map.of("entity", "天津", "role", "LEAD"), Map.of("entity", "百度", "role", "PARTNER")));

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@AfterEach
	void removeCuratedData() {
		driver.executableQuery("MATCH (i:Initiative) WHERE i.curatedBy IS NOT NULL DETACH DELETE i").execute();
		driver.executableQuery("MATCH (a:AuditEntry) DELETE a").execute();
		driver.executableQuery("""
				MATCH (e:Entity {id: 'baidu'})
				SET e.aliases = [a IN e.aliases WHERE a <> '度娘'], e.nameKeys = [k IN e.nameKeys WHERE k <> '度娘']
				""").execute();
	}

	@Test
	void anonymousClientsCannotChangeTheGraph() {
		JsonNode response = anonymous().query(CREATE, Map.of("input", INPUT));
		assertThat(response.at("/errors/0/extensions/classification").asString()).isEqualTo("UNAUTHORIZED");
		assertThat(response.at("/errors/0/message").asString()).isEqualTo(
				"Only curators may do this: send a curator's API key as Authorization: Bearer <key> (or X-API-Key: <key>)");
		assertThat(curatedCount()).isZero();
	}

	@Test
	void aWrongKeyIsRefusedWithHttp401() {
		var response = anonymous().withKey("not-the-key").post(GraphQlHttp.body("{ stats { nodes } }", Map.of()));
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.body()).contains("The API key is not valid").contains("\"classification\":\"UNAUTHORIZED\"")
			.containsPattern("\"correlationId\":\"[0-9a-f-]{36}\"");
	}

	@Test
	void aCuratorCreatesAnEntryThatAnswersLikeAnyOtherAndIsAudited() {
		JsonNode created = curator().query(CREATE, Map.of("input", INPUT)).at("/data/createInitiative");
		String id = created.get("id").asString();

		assertThat(id).startsWith("2018-11-c-");
		assertThat(created.at("/region/name").asString()).isEqualTo("天津市");
		// 百度 acted in an entry placed in 天津 (no partnership was recorded with it): its own activity there
		JsonNode rows = anonymous().data("partnerships", Map.of("region", "天津", "company", "百度")).get("partnerships");
		assertThat(rows).hasSize(1);
		assertThat(rows.at("/0/kinds/0").asString()).isEqualTo("OWN_ACTIVITY");
		assertThat(rows.at("/0/initiatives/0/id").asString()).isEqualTo(id);
		JsonNode tianjin = anonymous().data("initiatives", Map.of("filter", Map.of("region", "天津"))).get("initiatives");
		assertThat(tianjin.get("totalCount").asInt()).isEqualTo(6);
		JsonNode trail = curator().query("{ auditTrail { curator action target details } }").at("/data/auditTrail");
		assertThat(trail.get(0).get("curator").asString()).isEqualTo(Curators.NAME);
		assertThat(trail.get(0).get("action").asString()).isEqualTo("CREATE_INITIATIVE");
		assertThat(trail.get(0).get("target").asString()).isEqualTo(id);
	}

	@Test
	void updateAndDeleteAreAuditedToo() {
		String id = curator().query(CREATE, Map.of("input", INPUT)).at("/data/createInitiative/id").asString();
		var changed = new java.util.HashMap<>(INPUT);
		changed.put("date", "2018-11-12");
		JsonNode updated = curator().query("""
				mutation Update($id: ID!, $input: InitiativeInput!) { updateInitiative(id: $id, input: $input) { date } }
				""", Map.of("id", id, "input", changed)).at("/data/updateInitiative");
		assertThat(updated.get("date").asString()).isEqualTo("2018-11-12");
		assertThat(curator().query("mutation($id: ID!) { deleteInitiative(id: $id) }", Map.of("id", id))
			.at("/data/deleteInitiative").asBoolean()).isTrue();
		assertThat(curatedCount()).isZero();
		JsonNode trail = curator().query("{ auditTrail { action } }").at("/data/auditTrail");
		assertThat(trail.valueStream().map(e -> e.get("action").asString())).containsExactly("DELETE_INITIATIVE",
				"UPDATE_INITIATIVE", "CREATE_INITIATIVE");
	}

	@Test
	void twoNodesOfTheSameActorMergeIntoOneKeepingEveryRelationship() {
		driver.executableQuery("""
				MATCH (i:Initiative {id: '2018-11-s2-tianjin-3'}), (j:Initiative {id: '2018-11-s2-tianjin-1'})
				CREATE (:Entity:Organization {id: 'test-bureau-a', name: '测试局', nameEn: 'Test Bureau', aliases: ['测局'], kind: 'GOVERNMENT',
				                              nameKeys: ['测试局', 'test bureau', '测局']})
				         -[:ACTOR_IN {role: 'LEAD', initiativeId: i.id}]->(i)
				CREATE (:Entity:Organization {id: 'test-bureau-b', name: '天津市测试局', nameEn: 'Tianjin Test Bureau', aliases: [], kind: 'GOVERNMENT',
				                              nameKeys: ['天津市测试局', 'tianjin test bureau']})
				         -[:ACTOR_IN {role: 'PARTNER', initiativeId: j.id}]->(j)
				""").execute();
		try {
			JsonNode kept = curator().query("mutation { mergeEntities(keep: \"测试局\", remove: \"天津市测试局\") { id aliases } }")
				.at("/data/mergeEntities");
			assertThat(kept.get("id").asString()).isEqualTo("test-bureau-a");
			assertThat(kept.get("aliases").valueStream().map(JsonNode::asString)).contains("测局", "天津市测试局",
					"Tianjin Test Bureau");
			assertThat(anonymous().query("{ entity(name: \"天津市测试局\") { id } }").at("/data/entity/id").asString())
				.isEqualTo("test-bureau-a");
			assertThat(anonymous().query("{ entity(name: \"天津市測試局\") { id } }").at("/data/entity/id").asString())
				.as("the removed entity's names in another spelling").isEqualTo("test-bureau-a");
			var roles = driver.executableQuery("""
					MATCH (:Entity {id: 'test-bureau-a'})-[r:ACTOR_IN]->(i) RETURN i.id + ':' + r.role AS role ORDER BY role
					""").execute().records().stream().map(r -> r.get("role").asString()).toList();
			assertThat(roles).containsExactly("2018-11-s2-tianjin-1:PARTNER", "2018-11-s2-tianjin-3:LEAD");
			assertThat(driver.executableQuery("MATCH (n {id: 'test-bureau-b'}) RETURN count(n) AS n").execute().records()
				.get(0).get("n").asLong()).isZero();
			JsonNode refused = curator().query("mutation { mergeEntities(keep: \"测试局\", remove: \"百度\") { id } }");
			assertThat(refused.at("/errors/0/extensions/fields/0/field").asString()).isEqualTo("remove");
		}
		finally {
			driver.executableQuery("MATCH (n:Organization) WHERE n.id STARTS WITH 'test-bureau' DETACH DELETE n").execute();
		}
	}

	@Test
	void anAddedAliasResolvesAtOnceInAnySpelling() {
		curator().query("mutation { addAlias(entity: \"ＢＡＩＤＵ\", alias: \"度娘\") { name aliases } }");
		for (String name : List.of("度娘", "度\u200B娘", "\uFEFF度娘\u00A0")) {
			assertThat(anonymous().query("query($name: String!) { entity(name: $name) { name } }", Map.of("name", name))
				.at("/data/entity/name")
				.asString()).as(name).isEqualTo("百度");
		}
	}

	@Test
	void invalidInputIsRefusedFieldByFieldAndWritesNothing() {
		var bad = new java.util.HashMap<>(INPUT);
		bad.put("section", 7);
		bad.put("date", "2017-01-01");
		bad.put("sourceUrl", "javascript:alert(1)");
		bad.put("region", "Atlantis");
		bad.put("text", "x\u0000y");
		bad.put("actors", List.of(Map.of("entity", "Atlantis", "role", "LEAD")));
		JsonNode response = curator().query(CREATE, Map.of("input", bad));

		assertThat(response.at("/errors/0/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(response.at("/errors/0/extensions/fields").valueStream().map(f -> f.get("field").asString()))
			.containsExactlyInAnyOrder("input.section", "input.date", "input.sourceUrl", "input.region", "input.text",
					"input.actors[0].entity");
		assertThat(curatedCount()).isZero();

		// a role is an ActorRole: anything else is refused before the mutation runs, naming the value
		var badRole = new java.util.HashMap<>(INPUT);
		badRole.put("actors", List.of(Map.of("entity", "百度", "role", "BOSS")));
		JsonNode refused = curator().query(CREATE, Map.of("input", badRole));
		assertThat(refused.at("/errors/0/extensions/classification").asString()).isEqualTo("ValidationError");
		assertThat(refused.at("/errors/0/message").asString()).contains("BOSS").contains("ActorRole");
		assertThat(curatedCount()).isZero();
	}

	/** 32 clients for a bounded number of rounds: 16 write, 16 read; nothing lost, nothing doubled, no error. */
	@Test
	void thirtyTwoClientsMixReadsWithCuratorWrites() throws Exception {
		int writers = 16;
		int writesEach = 5;
		ExecutorService pool = Executors.newFixedThreadPool(32);
		try {
			List<Future<List<JsonNode>>> results = new ArrayList<>();
			for (int client = 0; client < 32; client++) {
				boolean writer = client < writers;
				results.add(pool.submit(() -> {
					List<JsonNode> answers = new ArrayList<>();
					for (int round = 0; round < writesEach; round++) {
						answers.add(writer ? curator().query(CREATE, Map.of("input", INPUT))
								: anonymous().query("{ partnerships(region: \"天津\") { company { name } } stats { nodes } }"));
					}
					return answers;
				}));
			}
			for (Future<List<JsonNode>> result : results) {
				for (JsonNode answer : result.get()) {
					assertThat(answer.has("errors")).as(answer.toString()).isFalse();
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(curatedCount()).isEqualTo(writers * writesEach);
		long audited = driver.executableQuery("MATCH (a:AuditEntry {action: 'createInitiative'}) RETURN count(a) AS n")
			.execute().records().get(0).get("n").asLong();
		assertThat(audited).isEqualTo(writers * writesEach);
	}

	@Test
	void readsCanBeMadePrivate() {
		var properties = new java.util.HashMap<>(TestNeo4j.databaseProperties());
		properties.putAll(Curators.PROPERTIES);
		properties.put("policygraph.security.private-reads", "true");
		try (Service service = Service.start(properties)) {
			assertThat(service.http().post(GraphQlHttp.body("{ stats { nodes } }", Map.of())).status()).isEqualTo(401);
			assertThat(service.http().withKey(Curators.KEY).query("{ stats { nodes } }").at("/data/stats/nodes").asLong())
				.isPositive();
			assertThat(service.http().get("/actuator/health").status()).isEqualTo(200);
		}
	}

	private long curatedCount() {
		return driver.executableQuery("MATCH (i:Initiative) WHERE i.curatedBy IS NOT NULL RETURN count(i) AS n")
			.execute().records().get(0).get("n").asLong();
	}

	private GraphQlHttp anonymous() {
		return new GraphQlHttp(port);
	}

	private GraphQlHttp curator() {
		return new GraphQlHttp(port).withKey(Curators.KEY);
	}

}
