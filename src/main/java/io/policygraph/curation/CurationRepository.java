package io.policygraph.curation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Repository;

import io.policygraph.graph.ActorRole;
import io.policygraph.graph.Entity;
import io.policygraph.graph.Initiative;
import io.policygraph.graph.RelationshipType;

/**
 * Each change and its audit entry are written in one write transaction: both or neither.
 */
@Repository
class CurationRepository {

	private static final String REPORT = """
			MATCH (r:Report) WHERE r.id = $report OR r.month = $report
			RETURN r.id AS id, r.periodStart AS periodStart, r.periodEnd AS periodEnd, r.month AS month
			""";

	/** Replaces an entry's properties and the relationships that say what it is. */
	private static final String WRITE_INITIATIVE = """
			MERGE (i:Initiative {id: $id})
			SET i.reportId = $report, i.section = $section, i.rowId = $row, i.date = $date,
			    i.text = $text, i.textKey = $textKey,
			    i.sourceUrl = $sourceUrl, i.sourceUrlStatus = CASE WHEN $sourceUrl IS NULL THEN 'NONE' ELSE 'OK' END,
			    i.notes = coalesce(i.notes, []), i.curatedBy = $curator
			WITH i
			OPTIONAL MATCH (i)-[old:REPORTED_IN|IN_REGION|CONCERNS]->()
			DELETE old
			WITH DISTINCT i
			OPTIONAL MATCH ()-[oldActor:ACTOR_IN]->(i)
			DELETE oldActor
			WITH DISTINCT i
			MATCH (r:Report {id: $report})
			MERGE (i)-[:REPORTED_IN {initiativeId: $id}]->(r)
			WITH i
			CALL (i) {
			  MATCH (region:Region {id: $region}) MERGE (i)-[:IN_REGION {initiativeId: $id}]->(region)
			}
			CALL (i) {
			  UNWIND $sectors AS sectorId MATCH (s:Sector {id: sectorId}) MERGE (i)-[:CONCERNS {initiativeId: $id}]->(s)
			}
			CALL (i) {
			  UNWIND $actors AS actor MATCH (a:Entity {id: actor.id})
			  MERGE (a)-[:ACTOR_IN {role: actor.role, initiativeId: $id}]->(i)
			}
			RETURN i
			""";

	private static final String DELETE_INITIATIVE = """
			MATCH (i:Initiative {id: $id}) DETACH DELETE i RETURN count(*) AS deleted
			""";

	/** The alias's key joins the entity's keys, for look-up and search. */
	private static final String ADD_ALIAS = """
			MATCH (e:Entity {id: $id})
			SET e.aliases = CASE WHEN $alias IN coalesce(e.aliases, []) THEN e.aliases ELSE coalesce(e.aliases, []) + $alias END,
			    e.nameKeys = CASE WHEN $aliasKey = '' OR $aliasKey IN coalesce(e.nameKeys, []) THEN e.nameKeys
			                      ELSE coalesce(e.nameKeys, []) + $aliasKey END
			RETURN e
			""";

	private static final String MOVE_OUTGOING = """
			MATCH (removed:Entity {id: $remove})-[old:%1$s]->(other) WHERE other.id <> $keep
			MATCH (kept:Entity {id: $keep})
			CREATE (kept)-[moved:%1$s]->(other) SET moved = properties(old)
			DELETE old
			""";

	private static final String MOVE_INCOMING = """
			MATCH (other)-[old:%1$s]->(removed:Entity {id: $remove}) WHERE other.id <> $keep
			MATCH (kept:Entity {id: $keep})
			CREATE (other)-[moved:%1$s]->(kept) SET moved = properties(old)
			DELETE old
			""";

	/** The kept entity's keys stay first, its canonical name's key first of all. */
	private static final String ABSORB = """
			MATCH (removed:Entity {id: $remove}), (kept:Entity {id: $keep})
			WITH removed, kept, [n IN coalesce(kept.aliases, []) + [removed.name, removed.nameEn] + coalesce(removed.aliases, [])
			                     WHERE n <> kept.name] AS names,
			     coalesce(kept.nameKeys, []) + coalesce(removed.nameKeys, []) AS keys
			SET kept.aliases = reduce(unique = [], n IN names | CASE WHEN n IN unique THEN unique ELSE unique + n END),
			    kept.nameKeys = reduce(unique = [], k IN keys | CASE WHEN k IN unique THEN unique ELSE unique + k END)
			DETACH DELETE removed
			RETURN kept
			""";

	private static final String AUDIT = """
			CREATE (:AuditEntry {id: randomUUID(), at: datetime(), curator: $curator, action: $action,
			                     target: $target, details: $details})
			""";

	private static final String AUDIT_TRAIL = """
			MATCH (a:AuditEntry) RETURN a ORDER BY a.at DESC, a.id LIMIT $limit
			""";

	private final Driver driver;

	/**
	 * Every transaction of the API is bounded in time
	 * (policygraph.limits.transaction-timeout).
	 */
	private final TransactionConfig transactions;

	CurationRepository(Driver driver, TransactionConfig transactions) {
		this.driver = driver;
		this.transactions = transactions;
	}

	/** The report's id and monitoring period, by id or month. */
	Optional<ReportPeriod> report(String report) {
		try (var session = driver.session()) {
			return session
				.executeRead(tx -> tx.run(REPORT, Map.of("report", report)).stream().findFirst(), transactions)
				.map(record -> new ReportPeriod(record.get("id").asString(), record.get("month").asString(),
						record.get("periodStart").asLocalDate(), record.get("periodEnd").asLocalDate()));
		}
	}

	/**
	 * Writes the entry {@code initiative.id()}, created or replaced, and its audit entry.
	 */
	Initiative writeInitiative(InitiativeWrite initiative, AuditEntry.Action action, String curator, String details) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", initiative.id());
		parameters.put("report", initiative.report());
		parameters.put("section", initiative.section());
		parameters.put("row", initiative.row());
		parameters.put("date", initiative.date());
		parameters.put("text", initiative.text());
		parameters.put("textKey", initiative.textKey());
		parameters.put("sourceUrl", initiative.sourceUrl());
		parameters.put("region", initiative.region());
		parameters.put("sectors", initiative.sectors());
		parameters.put("actors",
				initiative.actors()
					.stream()
					.map(actor -> Map.of("id", actor.id(), "role", actor.role().name()))
					.toList());
		parameters.put("curator", curator);
		try (var session = driver.session()) {
			return session.executeWrite(tx -> {
				var written = Initiative.from(tx.run(WRITE_INITIATIVE, parameters).single().get("i").asNode());
				audit(tx, curator, action, written.id(), details);
				return written;
			}, transactions);
		}
	}

	boolean deleteInitiative(String id, String curator) {
		try (var session = driver.session()) {
			return session.executeWrite(tx -> {
				boolean deleted = tx.run(DELETE_INITIATIVE, Map.of("id", id)).single().get("deleted").asLong() > 0;
				if (deleted) {
					audit(tx, curator, AuditEntry.Action.DELETE_INITIATIVE, id, "deleted");
				}
				return deleted;
			}, transactions);
		}
	}

	Entity addAlias(String entityId, String alias, String aliasKey, String curator) {
		try (var session = driver.session()) {
			return session.executeWrite(tx -> {
				Entity entity = Entity
					.from(tx.run(ADD_ALIAS, Map.of("id", entityId, "alias", alias, "aliasKey", aliasKey))
						.single()
						.get("e")
						.asNode());
				audit(tx, curator, AuditEntry.Action.ADD_ALIAS, entityId, "alias " + alias);
				return entity;
			}, transactions);
		}
	}

	/**
	 * Moves every relationship of {@code remove} to {@code keep}, keeps its names as
	 * aliases, deletes it. Every {@link RelationshipType} is moved, each by its own
	 * statement (Cypher takes no type as a parameter): a type the graph gains moves
	 * without a change here.
	 */
	Entity merge(String keep, String remove, String curator) {
		try (var session = driver.session()) {
			return session.executeWrite(tx -> {
				Map<String, Object> ids = Map.of("keep", keep, "remove", remove);
				for (RelationshipType type : RelationshipType.values()) {
					tx.run(MOVE_OUTGOING.formatted(type.name()), ids).consume();
					tx.run(MOVE_INCOMING.formatted(type.name()), ids).consume();
				}
				Entity kept = Entity.from(tx.run(ABSORB, ids).single().get("kept").asNode());
				audit(tx, curator, AuditEntry.Action.MERGE_ENTITIES, keep, "merged " + remove + " into " + keep);
				return kept;
			}, transactions);
		}
	}

	List<AuditEntry> auditTrail(int limit) {
		try (var session = driver.session()) {
			return session.executeRead(tx -> tx.run(AUDIT_TRAIL, Map.of("limit", limit))
				.list(record -> AuditEntry.from(record.get("a").asNode())), transactions);
		}
	}

	private static void audit(TransactionContext tx, String curator, AuditEntry.Action action, String target,
			String details) {
		var parameters = new HashMap<String, Object>();
		parameters.put("curator", curator);
		parameters.put("action", action.mutation());
		parameters.put("target", target);
		parameters.put("details", details);
		tx.run(AUDIT, parameters).consume();
	}

	/**
	 * A report as a curator's entry names it.
	 *
	 * @param id the report's id
	 * @param month its month, {@code 2018-11}
	 * @param periodStart the first day of the period it monitors
	 * @param periodEnd the last day of that period
	 */
	record ReportPeriod(String id, String month, LocalDate periodStart, LocalDate periodEnd) {
	}

	/**
	 * An entry as a curator writes it, every name resolved to an id and every field
	 * checked.
	 *
	 * @param id the entry's id: new, or the one it replaces
	 * @param report the id of its report
	 * @param section the report's section, 1 to 3
	 * @param row what the entry is filed under: its first actor, else its region
	 * @param textKey the {@code NameKey} of {@code text}, for search
	 * @param region the id of its region, or null
	 * @param sectors the ids of its sectors
	 * @param actors its actors by id, each with its role
	 */
	record InitiativeWrite(String id, String report, int section, String row, LocalDate date, String text,
			String textKey, String sourceUrl, String region, List<String> sectors, List<ActorLink> actors) {
	}

	/** A party of an entry by id, and how it acted. */
	record ActorLink(String id, ActorRole role) {
	}

}
