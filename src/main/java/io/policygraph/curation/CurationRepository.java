package io.policygraph.curation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.stereotype.Repository;

import io.policygraph.graph.ActorRole;
import io.policygraph.graph.Entity;
import io.policygraph.graph.Initiative;

/**
 * Each change and its audit entry are written in one write transaction: both or neither.
 * A change first takes the write locks of the nodes it names (entities in the order of
 * their ids, then the entry), so changes naming the same nodes run one after the other
 * and each finds the graph as the one before left it.
 */
@Repository
class CurationRepository {

	private static final String REPORT = """
			MATCH (r:Report) WHERE r.id = $report OR r.month = $report
			RETURN r.id AS id, r.periodStart AS periodStart, r.periodEnd AS periodEnd, r.month AS month
			""";

	/**
	 * Takes the write lock of each entity an entry or a merge names, in the order of
	 * their ids (so two writes naming the same entities queue rather than deadlock): a
	 * change that names an entity holds it until it commits, so a merge cannot take it
	 * away in between.
	 */
	private static final String LOCK_ENTITIES = """
			MATCH (e:Entity) WHERE e.id IN $ids
			WITH e ORDER BY e.id
			SET e._lock = true REMOVE e._lock
			""";

	/**
	 * Read again once the locks are held: a node matched before a lock it waited for may
	 * have been deleted by the transaction that held it.
	 */
	private static final String LOCKED_ENTITIES = """
			MATCH (e:Entity) WHERE e.id IN $ids RETURN collect(e.id) AS locked
			""";

	/** Takes the write lock of an entry. */
	private static final String LOCK_INITIATIVE = """
			MATCH (i:Initiative {id: $id})
			SET i._lock = true REMOVE i._lock
			""";

	/**
	 * The entry's version (1 when it has none), read again once its lock is held, as
	 * {@link #LOCKED_ENTITIES}.
	 */
	private static final String LOCKED_VERSION = """
			MATCH (i:Initiative {id: $id}) RETURN coalesce(i.version, 1) AS version
			""";

	/** A new entry, version 1. */
	private static final String CREATE_HEAD = """
			CREATE (i:Initiative {id: $id}) SET i.version = 1
			""";

	/** An entry locked and found in the same transaction: its version goes up by one. */
	private static final String UPDATE_HEAD = """
			MATCH (i:Initiative {id: $id}) SET i.version = coalesce(i.version, 1) + 1
			""";

	/**
	 * Replaces an entry's properties and the relationships that say what it is; follows
	 * {@link #CREATE_HEAD} or {@link #UPDATE_HEAD}. Every entity it names is locked and
	 * known to exist.
	 */
	private static final String WRITE_INITIATIVE = """
			WITH i
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

	private static final String INITIATIVE = """
			MATCH (i:Initiative {id: $id}) RETURN i
			""";

	private static final String DELETE_INITIATIVE = """
			MATCH (i:Initiative {id: $id}) DETACH DELETE i
			""";

	/** The alias's key joins the entity's keys, for look-up and search. */
	private static final String ADD_ALIAS = """
			MATCH (e:Entity {id: $id})
			SET e.aliases = CASE WHEN $alias IN coalesce(e.aliases, []) THEN e.aliases ELSE coalesce(e.aliases, []) + $alias END,
			    e.nameKeys = CASE WHEN $aliasKey = '' OR $aliasKey IN coalesce(e.nameKeys, []) THEN e.nameKeys
			                      ELSE coalesce(e.nameKeys, []) + $aliasKey END
			RETURN e
			""";

	private static final String ENTITY = """
			MATCH (e:Entity {id: $id}) RETURN e
			""";

	/** Without the full-text index: a scan, for names the index does not (yet) know. */
	private static final String BY_KEY = """
			MATCH (e:Entity) WHERE $id IN e.nameKeys RETURN e ORDER BY CASE WHEN e.nameKeys[0] = $id THEN 0 ELSE 1 END, e.id
			LIMIT 1
			""";

	/** The types of the relationships a node has, whichever they are. */
	private static final String RELATIONSHIP_TYPES = """
			MATCH (:Entity {id: $remove})-[r]-() RETURN DISTINCT type(r) AS type
			""";

	/**
	 * A relationship between the two merged nodes is dropped: it would join the kept node
	 * to itself.
	 */
	private static final String MOVE_OUTGOING = """
			MATCH (removed:Entity {id: $remove})-[old:%1$s]->(other) WHERE other.id IS NULL OR other.id <> $keep
			MATCH (kept:Entity {id: $keep})
			CREATE (kept)-[moved:%1$s]->(other) SET moved = properties(old)
			DELETE old
			""";

	private static final String MOVE_INCOMING = """
			MATCH (other)-[old:%1$s]->(removed:Entity {id: $remove}) WHERE other.id IS NULL OR other.id <> $keep
			MATCH (kept:Entity {id: $keep})
			CREATE (other)-[moved:%1$s]->(kept) SET moved = properties(old)
			DELETE old
			""";

	/**
	 * The properties of other nodes that hold an entity's id, as the seed loader and the
	 * curators write them (schema/graph-model.md): the entity heading an entry's row.
	 * Relationship properties hold ids of entries and reports only. The audit trail is
	 * history and keeps the ids it recorded.
	 */
	private static final List<String> ENTITY_REFERENCES = List.of("""
			MATCH (i:Initiative) WHERE i.rowId = $remove SET i.rowId = $keep
			""");

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
			                     target: $target, details: $details, idempotencyKey: $key, request: $request})
			""";

	/** The change a curator made with an idempotency key, if any. */
	private static final String RECORDED = """
			MATCH (a:AuditEntry {curator: $curator, idempotencyKey: $key}) RETURN a.action AS action,
			       a.target AS target, a.request AS request
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
	 * Writes the new entry {@code initiative.id()}, version 1, and its audit entry.
	 * @throws StaleEntityException when an entity it names is no longer there (merged
	 * away or deleted since its name was resolved); nothing is written
	 */
	Initiative createInitiative(InitiativeWrite initiative, Change change, String details) {
		try (var session = driver.session()) {
			return session.executeWrite(tx -> {
				lockEntities(tx, initiative.entityIds());
				var written = Initiative.from(tx.run(CREATE_HEAD + WRITE_INITIATIVE, parameters(initiative, change))
					.single()
					.get("i")
					.asNode());
				audit(tx, change, AuditEntry.Action.CREATE_INITIATIVE, written.id(), details);
				return written;
			}, transactions);
		}
	}

	/**
	 * Replaces the entry {@code initiative.id()}, its version one up, and writes its
	 * audit entry. The entities it names are locked first, then the entry, so an update
	 * and a delete or merge of the same nodes run one after the other.
	 * @param expectedVersion the version the curator read, or null for any
	 * @throws CurationNotFoundException when the entry is not (or no longer) there
	 * @throws CurationConflictException when its version is not {@code expectedVersion}
	 * @throws StaleEntityException when an entity it names is no longer there
	 */
	Initiative updateInitiative(InitiativeWrite initiative, Integer expectedVersion, Change change, String details) {
		try (var session = driver.session()) {
			return session.executeWrite(tx -> {
				lockEntities(tx, initiative.entityIds());
				lockInitiative(tx, initiative.id(), expectedVersion);
				var written = Initiative.from(tx.run(UPDATE_HEAD + WRITE_INITIATIVE, parameters(initiative, change))
					.single()
					.get("i")
					.asNode());
				audit(tx, change, AuditEntry.Action.UPDATE_INITIATIVE, written.id(), details);
				return written;
			}, transactions);
		}
	}

	/**
	 * Deletes the entry and its relationships after taking its lock; false when it is not
	 * there (nothing is audited then).
	 * @throws CurationConflictException when its version is not {@code expectedVersion}
	 */
	boolean deleteInitiative(String id, Integer expectedVersion, Change change) {
		try (var session = driver.session()) {
			return session.executeWrite(tx -> {
				try {
					lockInitiative(tx, id, expectedVersion);
				}
				catch (CurationNotFoundException ex) {
					return false;
				}
				tx.run(DELETE_INITIATIVE, Map.of("id", id)).consume();
				audit(tx, change, AuditEntry.Action.DELETE_INITIATIVE, id, "deleted");
				return true;
			}, transactions);
		}
	}

	/**
	 * @throws StaleEntityException when the entity is no longer there
	 */
	Entity addAlias(String entityId, String alias, String aliasKey, Change change) {
		try (var session = driver.session()) {
			return session.executeWrite(tx -> {
				lockEntities(tx, List.of(entityId));
				Entity entity = Entity
					.from(tx.run(ADD_ALIAS, Map.of("id", entityId, "alias", alias, "aliasKey", aliasKey))
						.single()
						.get("e")
						.asNode());
				audit(tx, change, AuditEntry.Action.ADD_ALIAS, entityId, "alias " + alias);
				return entity;
			}, transactions);
		}
	}

	/**
	 * Moves every reference to {@code remove} onto {@code keep} in one transaction, after
	 * locking both: each of its relationships, whatever its type and direction, with its
	 * properties (one statement per type it has, since Cypher takes no type as a
	 * parameter), and each property of another node that holds its id
	 * ({@link #ENTITY_REFERENCES}); keeps its names as aliases; deletes it.
	 * @throws StaleEntityException when either is no longer there (merged meanwhile)
	 */
	Entity merge(String keep, String remove, Change change) {
		try (var session = driver.session()) {
			return session.executeWrite(tx -> {
				lockEntities(tx, List.of(keep, remove));
				Map<String, Object> ids = Map.of("keep", keep, "remove", remove);
				List<String> types = tx.run(RELATIONSHIP_TYPES, ids).list(record -> record.get("type").asString());
				for (String type : types) {
					String quoted = "`" + type.replace("`", "``") + "`";
					tx.run(MOVE_OUTGOING.formatted(quoted), ids).consume();
					tx.run(MOVE_INCOMING.formatted(quoted), ids).consume();
				}
				for (String reference : ENTITY_REFERENCES) {
					tx.run(reference, ids).consume();
				}
				Entity kept = Entity.from(tx.run(ABSORB, ids).single().get("kept").asNode());
				audit(tx, change, AuditEntry.Action.MERGE_ENTITIES, keep, "merged " + remove + " into " + keep);
				return kept;
			}, transactions);
		}
	}

	/**
	 * The change {@code curator} made with idempotency key {@code key}: its mutation, its
	 * target and the fingerprint of its arguments.
	 */
	Optional<Recorded> recorded(String curator, String key) {
		try (var session = driver.session()) {
			return session
				.executeRead(tx -> tx.run(RECORDED, Map.of("curator", curator, "key", key)).stream().findFirst(),
						transactions)
				.map(record -> new Recorded(record.get("action").asString(), record.get("target").asString(),
						record.get("request").asString(null)));
		}
	}

	/** The entry as it is now. */
	Optional<Initiative> initiative(String id) {
		return one(INITIATIVE, id).map(record -> Initiative.from(record.get("i").asNode()));
	}

	/** The entity as it is now. */
	Optional<Entity> entity(String id) {
		return one(ENTITY, id).map(record -> Entity.from(record.get("e").asNode()));
	}

	/** The entity with this id or name key, read without the full-text index. */
	Optional<Entity> byKey(String key) {
		if (key.isEmpty()) {
			return Optional.empty();
		}
		return entity(key).or(() -> one(BY_KEY, key).map(record -> Entity.from(record.get("e").asNode())));
	}

	private Optional<Record> one(String query, String id) {
		try (var session = driver.session()) {
			return session.executeRead(tx -> tx.run(query, Map.of("id", id)).stream().findFirst(), transactions);
		}
	}

	List<AuditEntry> auditTrail(int limit) {
		try (var session = driver.session()) {
			return session.executeRead(tx -> tx.run(AUDIT_TRAIL, Map.of("limit", limit))
				.list(record -> AuditEntry.from(record.get("a").asNode())), transactions);
		}
	}

	private static Map<String, Object> parameters(InitiativeWrite initiative, Change change) {
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
		parameters.put("curator", change.curator());
		return parameters;
	}

	/**
	 * Locks the entities by id; a {@link StaleEntityException} naming those that are not
	 * there, or were deleted while the lock was awaited.
	 */
	private static void lockEntities(TransactionContext tx, Collection<String> ids) {
		var wanted = new TreeSet<>(ids);
		List<String> locked;
		try {
			tx.run(LOCK_ENTITIES, Map.of("ids", List.copyOf(wanted))).consume();
			locked = tx.run(LOCKED_ENTITIES, Map.of("ids", List.copyOf(wanted)))
				.single()
				.get("locked")
				.asList(Value::asString);
		}
		catch (ClientException ex) {
			if (deletedMeanwhile(ex)) {
				throw new StaleEntityException(wanted);
			}
			throw ex;
		}
		wanted.removeAll(locked);
		if (!wanted.isEmpty()) {
			throw new StaleEntityException(wanted);
		}
	}

	/**
	 * Locks the entry; a {@link CurationNotFoundException} when it is not there, a
	 * {@link CurationConflictException} when its version is not {@code expectedVersion}.
	 */
	private static void lockInitiative(TransactionContext tx, String id, Integer expectedVersion) {
		List<Integer> versions;
		try {
			tx.run(LOCK_INITIATIVE, Map.of("id", id)).consume();
			versions = tx.run(LOCKED_VERSION, Map.of("id", id)).list(record -> record.get("version").asInt());
		}
		catch (ClientException ex) {
			if (deletedMeanwhile(ex)) {
				versions = List.of();
			}
			else {
				throw ex;
			}
		}
		if (versions.isEmpty()) {
			throw new CurationNotFoundException("No initiative " + id + ": it does not exist or was deleted");
		}
		int version = versions.get(0);
		if (expectedVersion != null && expectedVersion != version) {
			throw new CurationConflictException("Initiative " + id + " is at version " + version + ", not the expected "
					+ expectedVersion + ": it was changed meanwhile; read it again and redo the change. Nothing was"
					+ " written.");
		}
	}

	/** A node matched, then deleted by the transaction whose lock this one awaited. */
	private static boolean deletedMeanwhile(ClientException ex) {
		return ex.code() != null && ex.code().contains("EntityNotFound");
	}

	private static void audit(TransactionContext tx, Change change, AuditEntry.Action action, String target,
			String details) {
		var parameters = new HashMap<String, Object>();
		parameters.put("curator", change.curator());
		parameters.put("action", action.mutation());
		parameters.put("target", target);
		parameters.put("details", details);
		parameters.put("key", change.idempotencyKey());
		parameters.put("request", change.request());
		tx.run(AUDIT, parameters).consume();
	}

	/**
	 * Who asks for a change, and how a repeat of it is recognised.
	 *
	 * @param curator the curator's name
	 * @param idempotencyKey the client's key for this change, or null
	 * @param request the fingerprint of the mutation and its arguments, compared when the
	 * key comes again
	 */
	record Change(String curator, String idempotencyKey, String request) {
	}

	/**
	 * A change found by its idempotency key.
	 *
	 * @param action the mutation's name
	 * @param target the id of what it changed
	 * @param request the fingerprint of its arguments
	 */
	record Recorded(String action, String target, String request) {
	}

	/**
	 * An entity an entry or a merge names was not there when its lock was taken: merged
	 * away or deleted since its name was resolved. Nothing was written; resolving the
	 * names again gives the current ids.
	 */
	static class StaleEntityException extends RuntimeException {

		StaleEntityException(Collection<String> ids) {
			super("No longer in the graph (merged or deleted meanwhile): " + String.join(", ", ids));
		}

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

		/** The ids of every entity it names: region, sectors and actors. */
		Set<String> entityIds() {
			var ids = new TreeSet<String>(sectors);
			actors.forEach(actor -> ids.add(actor.id()));
			if (region != null) {
				ids.add(region);
			}
			return ids;
		}

	}

	/** A party of an entry by id, and how it acted. */
	record ActorLink(String id, ActorRole role) {
	}

}
