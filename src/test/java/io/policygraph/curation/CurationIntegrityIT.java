package io.policygraph.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import io.policygraph.support.Curators;
import io.policygraph.support.HttpGraphQl;
import io.policygraph.support.PolicyGraphIT;
import tools.jackson.databind.JsonNode;

/**
 * Curation keeps the graph whole: a merge leaves no reference to the node it removes, an
 * acknowledged delete stays deleted, versions and idempotency keys make changes safe to
 * retry.
 */
@PolicyGraphIT
class CurationIntegrityIT {

	private static final String CREATE = """
			mutation Create($input: InitiativeInput!, $key: String) {
			  createInitiative(input: $input, idempotencyKey: $key) { id version actors { role entity { id } } }
			}
			""";

	private static final String UPDATE = """
			mutation Update($id: ID!, $input: InitiativeInput!, $expected: Int, $key: String) {
			  updateInitiative(id: $id, input: $input, expectedVersion: $expected, idempotencyKey: $key) { id version date }
			}
			""";

	private static final String DELETE = """
			mutation Delete($id: ID!, $expected: Int) { deleteInitiative(id: $id, expectedVersion: $expected) }
			""";

	private static final String MERGE = """
			mutation Merge($keep: String!, $remove: String!) { mergeEntities(keep: $keep, remove: $remove) { id } }
			""";

	/**
	 * Every entry placed in 天津 with its row and its actors: what a merge must keep whole.
	 */
	private static final String TIANJIN = """
			{ initiatives(filter: {region: "天津"}, first: 100) {
			    totalCount edges { node { id row { id } actors { role entity { id name } } } } } }
			""";

	private static final Map<String, Object> INPUT = CurationIT.INPUT;

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@AfterEach
	void removeCuratedData() {
		Curators.removeCuratedEntries(driver);
		driver.executableQuery("MATCH (n:Organization) WHERE n.id STARTS WITH 'test-merge-' DETACH DELETE n").execute();
	}

	/**
	 * 24 rounds: a merge races three creates that name the node it removes and a read of
	 * the entries. Each create names the kept node in the end, or fails as a CONFLICT
	 * with nothing written; the removed id is named nowhere; the entries answer.
	 */
	@Test
	void aMergeRacingCreatesLeavesNoReferenceToTheRemovedNode() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(5);
		try {
			for (int round = 0; round < 24; round++) {
				String keep = "test-merge-keep-" + round;
				String remove = "test-merge-remove-" + round;
				String removeName = "合并测试局乙" + round;
				String keepName = "合并测试局甲" + round;
				driver
					.executableQuery(
							"""
									MATCH (i:Initiative {id: '2018-11-s2-tianjin-3'}), (tj:Region {id: 'tianjin'})
									CREATE (:Entity:Organization {id: $keep, name: $keepName, nameEn: 'Bureau ' + $keep, aliases: [], kind: 'GOVERNMENT',
									                              nameKeys: [$keepName]})
									CREATE (r:Entity:Organization {id: $remove, name: $removeName, nameEn: 'Bureau ' + $remove, aliases: [], kind: 'GOVERNMENT',
									                               nameKeys: [$removeName]})
									CREATE (r)-[:ACTOR_IN {role: 'PARTNER', initiativeId: i.id}]->(i)
									CREATE (r)-[:LOCATED_IN]->(tj)
									CREATE (i)-[:TEST_MENTIONS {weight: 3}]->(r)
									""")
					.withParameters(
							Map.of("keep", keep, "keepName", keepName, "remove", remove, "removeName", removeName))
					.execute();
				var naming = new HashMap<>(INPUT);
				naming.put("actors", List.of(Map.of("entity", removeName, "role", "LEAD")));
				// one entry names it before the race: its row is the removed node
				String before = curator().document(CREATE)
					.variables(Map.of("input", naming))
					.execute()
					.path("createInitiative.id")
					.entity(String.class)
					.get();

				CountDownLatch start = new CountDownLatch(1);
				List<Future<GraphQlTester.Response>> creates = new ArrayList<>();
				for (int i = 0; i < 3; i++) {
					creates.add(pool.submit(after(start,
							() -> curator().document(CREATE).variables(Map.of("input", naming)).execute())));
				}
				Future<GraphQlTester.Response> merge = pool.submit(after(start,
						() -> curator().document(MERGE)
							.variables(Map.of("keep", keepName, "remove", removeName))
							.execute()));
				Future<GraphQlTester.Response> read = pool
					.submit(after(start, () -> HttpGraphQl.tester(this.port).document(TIANJIN).execute()));
				start.countDown();

				merge.get().path("mergeEntities.id").entity(String.class).isEqualTo(keep);
				read.get().errors().verify();
				List<String> created = new ArrayList<>(List.of(before));
				for (Future<GraphQlTester.Response> create : creates) {
					GraphQlTester.Response answer = create.get();
					List<String> conflicts = new ArrayList<>();
					answer.errors().filter(error -> {
						conflicts.add(String.valueOf(error.getErrorType()));
						return true;
					}).verify();
					if (conflicts.isEmpty()) {
						JsonNode entry = answer.path("createInitiative").entity(JsonNode.class).get();
						// the removed node when the create came first (the merge then
						// moved it,
						// as checked below), the kept one when it came after
						assertThat(entry.at("/actors/0/entity/id").asString()).as("round %d", round).isIn(keep, remove);
						assertThat(entry.get("actors")).hasSize(1);
						created.add(entry.get("id").asString());
					}
					else {
						assertThat(conflicts).as("round %d", round).containsExactly("CONFLICT");
					}
				}

				assertThat(references(remove)).as("round %d: what still names %s", round, remove).isEmpty();
				assertThat(count("MATCH (i:Initiative) WHERE i.curatedBy IS NOT NULL RETURN count(i) AS n", Map.of()))
					.as("round %d", round)
					.isEqualTo(created.size());
				// every entry that named it, and the seed's entry, now have the kept node
				// as
				// actor
				assertThat(count("""
						MATCH (:Entity {id: $keep})-[r:ACTOR_IN]->(i:Initiative)
						RETURN count(DISTINCT i) AS n
						""", Map.of("keep", keep))).as("round %d", round).isEqualTo(created.size() + 1);
				assertThat(count("MATCH (i:Initiative) WHERE i.id IN $ids AND i.rowId = $keep RETURN count(i) AS n",
						Map.of("ids", created, "keep", keep)))
					.as("round %d", round)
					.isEqualTo(created.size());
				assertThat(
						count("""
								MATCH (:Initiative {id: '2018-11-s2-tianjin-3'})-[r:TEST_MENTIONS {weight: 3}]->(:Entity {id: $keep})
								RETURN count(r) AS n
								""",
								Map.of("keep", keep)))
					.isEqualTo(1);
				assertThat(count(
						"MATCH (:Entity {id: $keep})-[r:LOCATED_IN]->(:Region {id: 'tianjin'}) RETURN count(r) AS n",
						Map.of("keep", keep)))
					.isEqualTo(1);
				HttpGraphQl.tester(this.port).document(TIANJIN).execute().errors().verify();
				removeCuratedData();
			}
		}
		finally {
			// requests still in flight when an assertion failed finish before the
			// clean-up
			// runs, so that no curated entry is left for the next test class
			pool.shutdown();
			pool.awaitTermination(1, TimeUnit.MINUTES);
		}
	}

	/**
	 * 32 rounds of an update racing the delete of the same entry: the delete is
	 * acknowledged every time and the entry stays deleted; the update either came first
	 * or is a NOT_FOUND error.
	 */
	@Test
	void anAcknowledgedDeleteStaysDeletedWhateverUpdateRacesIt() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		var changed = new HashMap<>(INPUT);
		changed.put("date", "2018-11-12");
		int updatesFirst = 0;
		try {
			for (int round = 0; round < 32; round++) {
				String id = create(INPUT).get("id").asString();
				CountDownLatch start = new CountDownLatch(1);
				Future<GraphQlTester.Response> update = pool.submit(after(start,
						() -> curator().document(UPDATE).variables(Map.of("id", id, "input", changed)).execute()));
				Future<GraphQlTester.Response> delete = pool
					.submit(after(start, () -> curator().document(DELETE).variables(Map.of("id", id)).execute()));
				start.countDown();

				delete.get().path("deleteInitiative").entity(Boolean.class).isEqualTo(true);
				List<String> errors = new ArrayList<>();
				GraphQlTester.Response updated = update.get();
				updated.errors().filter(error -> {
					errors.add(error.getErrorType() + ": " + error.getMessage());
					return true;
				}).verify();
				if (errors.isEmpty()) {
					updated.path("updateInitiative.version").entity(Integer.class).isEqualTo(2);
					updatesFirst++;
				}
				else {
					assertThat(errors).as("round %d", round)
						.containsExactly("NOT_FOUND: No initiative " + id + ": it does not exist or was deleted");
				}
				assertThat(count("MATCH (i:Initiative {id: $id}) RETURN count(i) AS n", Map.of("id", id)))
					.as("round %d: deleted, and acknowledged as deleted", round)
					.isZero();
				assertThat(count("MATCH ()-[r]->() WHERE r.initiativeId = $id RETURN count(r) AS n", Map.of("id", id)))
					.isZero();
			}
		}
		finally {
			// requests still in flight when an assertion failed finish before the
			// clean-up
			// runs, so that no curated entry is left for the next test class
			pool.shutdown();
			pool.awaitTermination(1, TimeUnit.MINUTES);
		}
		// one audit entry per change made: 32 creates, 32 deletes, the updates that came
		// first
		assertThat(count("MATCH (a:AuditEntry) RETURN count(a) AS n", Map.of())).isEqualTo(64 + updatesFirst);
	}

	@Test
	void anUpdateOrDeleteWithAnotherExpectedVersionIsAConflictAndChangesNothing() {
		JsonNode created = create(INPUT);
		String id = created.get("id").asString();
		assertThat(created.get("version").asInt()).isEqualTo(1);
		assertThat(HttpGraphQl.tester(this.port)
			.document("{ node(id: \"2018-11-s2-tianjin-2\") { ... on Initiative { version } } }")
			.execute()
			.path("node.version")
			.entity(Integer.class)
			.get()).as("a seed entry").isEqualTo(1);
		var changed = new HashMap<>(INPUT);
		changed.put("date", "2018-11-12");

		curator().document(UPDATE)
			.variables(Map.of("id", id, "input", changed, "expected", 1))
			.execute()
			.path("updateInitiative.version")
			.entity(Integer.class)
			.isEqualTo(2);
		curator().document(UPDATE)
			.variables(Map.of("id", id, "input", INPUT, "expected", 1))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType().toString()).isEqualTo("CONFLICT");
				assertThat(error.getMessage()).contains("is at version 2, not the expected 1");
			}));
		curator().document(DELETE)
			.variables(Map.of("id", id, "expected", 1))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.extracting(ResponseError::getErrorType)
				.hasToString("CONFLICT"));
		assertThat(count("MATCH (i:Initiative {id: $id}) RETURN i.version AS n", Map.of("id", id))).isEqualTo(2);
		curator().document(DELETE)
			.variables(Map.of("id", id, "expected", 2))
			.execute()
			.path("deleteInitiative")
			.entity(Boolean.class)
			.isEqualTo(true);
		curator().document(UPDATE)
			.variables(Map.of("id", id, "input", INPUT))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.extracting(ResponseError::getErrorType)
				.hasToString("NOT_FOUND"));
		assertThat(count("MATCH (i:Initiative {id: $id}) RETURN count(i) AS n", Map.of("id", id))).isZero();
	}

	@Test
	void aRepeatWithTheSameIdempotencyKeyWritesOnceAndAnswersTheSame() {
		JsonNode first = curator().document(CREATE)
			.variables(Map.of("input", INPUT, "key", "create-tianjin-baidu-1"))
			.execute()
			.path("createInitiative")
			.entity(JsonNode.class)
			.get();
		JsonNode again = curator().document(CREATE)
			.variables(Map.of("input", INPUT, "key", "create-tianjin-baidu-1"))
			.execute()
			.path("createInitiative")
			.entity(JsonNode.class)
			.get();
		assertThat(again.get("id").asString()).isEqualTo(first.get("id").asString());
		assertThat(count("MATCH (i:Initiative) WHERE i.curatedBy IS NOT NULL RETURN count(i) AS n", Map.of()))
			.isEqualTo(1);
		assertThat(
				count("MATCH (a:AuditEntry {idempotencyKey: 'create-tianjin-baidu-1'}) RETURN count(a) AS n", Map.of()))
			.isEqualTo(1);
		curator().document("{ auditTrail { idempotencyKey } }")
			.execute()
			.path("auditTrail[0].idempotencyKey")
			.entity(String.class)
			.isEqualTo("create-tianjin-baidu-1");

		var other = new HashMap<>(INPUT);
		other.put("date", "2018-11-13");
		curator().document(CREATE)
			.variables(Map.of("input", other, "key", "create-tianjin-baidu-1"))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType().toString()).isEqualTo("CONFLICT");
				assertThat(error.getMessage()).contains("create-tianjin-baidu-1").contains("other arguments");
			}));
		assertThat(count("MATCH (i:Initiative) WHERE i.curatedBy IS NOT NULL RETURN count(i) AS n", Map.of()))
			.isEqualTo(1);

		// a delete sent twice with one key: deleted once, answered true twice
		String delete = "mutation($id: ID!) { deleteInitiative(id: $id, idempotencyKey: \"delete-1\") }";
		for (int i = 0; i < 2; i++) {
			curator().document(delete)
				.variable("id", first.get("id").asString())
				.execute()
				.path("deleteInitiative")
				.entity(Boolean.class)
				.isEqualTo(true);
		}
		assertThat(count("MATCH (a:AuditEntry) RETURN count(a) AS n", Map.of())).isEqualTo(2);
	}

	/**
	 * Every node property (or list element) and relationship property naming the id, and
	 * every relationship of a node with that id; the audit trail, which is history,
	 * aside.
	 */
	private List<String> references(String id) {
		return driver.executableQuery("""
				MATCH (n) WHERE NOT n:AuditEntry
				UNWIND keys(n) AS key
				WITH n, key WHERE n[key] = $id OR (n[key] IS :: LIST<STRING> AND $id IN n[key])
				RETURN coalesce(n.id, elementId(n)) + '.' + key AS reference
				UNION ALL
				MATCH ()-[r]->() UNWIND keys(r) AS key
				WITH r, key WHERE r[key] = $id OR (r[key] IS :: LIST<STRING> AND $id IN r[key])
				RETURN type(r) + '.' + key AS reference
				UNION ALL
				MATCH (n {id: $id})-[r]-() RETURN type(r) AS reference
				""")
			.withParameters(Map.of("id", id))
			.execute()
			.records()
			.stream()
			.map(record -> record.get("reference").asString())
			.toList();
	}

	private long count(String query, Map<String, Object> parameters) {
		return driver.executableQuery(query).withParameters(parameters).execute().records().get(0).get("n").asLong();
	}

	private JsonNode create(Map<String, Object> input) {
		return curator().document(CREATE)
			.variables(Map.of("input", input))
			.execute()
			.path("createInitiative")
			.entity(JsonNode.class)
			.get();
	}

	private static <T> Callable<T> after(CountDownLatch start, Callable<T> call) {
		return () -> {
			start.await();
			return call.call();
		};
	}

	private HttpGraphQlTester curator() {
		return HttpGraphQl.tester(this.port, Curators.KEY);
	}

}
