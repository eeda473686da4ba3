package io.policygraph.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Repository;

import io.policygraph.text.NameKey;

/** Lookups every area of the API shares: an object by id, an entity by name, neighbours of many objects at once. */
@Repository
public class GraphRepository {

	private static final String BY_ID = """
			MATCH (n {id: $id}) WHERE n:Entity OR n:Initiative OR n:Policy OR n:Report
			RETURN n LIMIT 1
			""";

	/**
	 * Exact matches of a name's key, best kind of match first: id, canonical name (the first of the
	 * entity's {@code nameKeys}), then an alias or the English name. {@code $term} is the key as one
	 * quoted term of the keyword index over ids and {@code nameKeys}.
	 */
	private static final String BY_NAME = """
			CALL db.index.fulltext.queryNodes('entity_keys', $term) YIELD node AS e
			RETURN e
			ORDER BY CASE WHEN e.id = $key THEN 0 WHEN e.nameKeys[0] = $key THEN 1 ELSE 2 END, e.id
			""";

	/** Never an id: ids are slugs of letters, digits and single hyphens. */
	public static final String NO_MATCH = "-";

	private final Driver driver;

	/** Every transaction of the API is bounded in time (policygraph.limits.transaction-timeout). */
	private final TransactionConfig transactions;

	GraphRepository(Driver driver, TransactionConfig transactions) {
		this.driver = driver;
		this.transactions = transactions;
	}

	public Optional<GraphObject> byId(String id) {
		try (var session = driver.session()) {
			return session.executeRead(tx -> tx.run(BY_ID, Map.of("id", id)).stream().findFirst(), transactions)
				.map(record -> GraphObject.from(record.get("n").asNode()));
		}
	}

	/** The entity a user means by a name, alias, English name or id, in any spelling; empty for an unknown or blank name. */
	public Optional<Entity> resolve(String name) {
		return named(name).stream().findFirst();
	}

	/**
	 * Every entity with this name, alias, English name or id, compared by their {@link NameKey}s,
	 * best kind of match first.
	 */
	public List<Entity> named(String name) {
		String key = NameKey.of(name);
		if (key.isEmpty()) {
			return List.of();
		}
		String term = '"' + key.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
		try (var session = driver.session()) {
			return session.executeRead(
					tx -> tx.run(BY_NAME, Map.of("key", key, "term", term)).list(record -> Entity.from(record.get("e").asNode())),
					transactions);
		}
	}

	/**
	 * The id for a filter argument: null when no name was given (no condition), the entity's id when
	 * the name means one, and {@link #NO_MATCH} when it means nothing, so that the filter matches
	 * nothing and the answer is empty rather than an error.
	 */
	public String idOf(String name) {
		if (name == null) {
			return null;
		}
		return resolve(name).map(Entity::id).orElse(NO_MATCH);
	}

	/**
	 * Runs a query that takes {@code $ids} and returns one row per id with {@code id} and a list
	 * {@code nodes}, and answers for every id, an empty list where the query has no row.
	 */
	public Map<String, List<GraphObject>> related(String cypher, Collection<String> ids) {
		return rows(cypher, ids, record -> record.get("nodes").asList(value -> GraphObject.from(value.asNode())));
	}

	/**
	 * Like {@link #related} for queries whose {@code links} are maps of a relationship's
	 * {@code role} and the {@code node} at its other end.
	 */
	public Map<String, List<Link>> links(String cypher, Collection<String> ids) {
		return rows(cypher, ids, record -> record.get("links")
			.asList(value -> new Link(value.get("role").asString(), GraphObject.from(value.get("node").asNode()))));
	}

	/**
	 * Like {@link #links} for queries whose {@code links} are maps of a {@code role}, the {@code node}
	 * and an optional {@code initiative}: the participants of summits.
	 */
	public Map<String, List<Participant>> participants(String cypher,
			Collection<String> ids) {
		return rows(cypher, ids, record -> record.get("links")
			.asList(value -> new Participant(
					GraphEnums.read(ParticipantRole.class, value.get("role").asString(), "Participant.role"),
					(Entity) GraphObject.from(value.get("node").asNode()),
					value.get("initiative").isNull() ? null : Initiative.from(value.get("initiative").asNode()))));
	}

	/**
	 * Runs a batch query that returns one {@code id} and one boolean {@code value} per parent id.
	 *
	 * @return the value by id; ids without a row are absent
	 */
	public Map<String, Boolean> flags(String cypher, Collection<String> ids) {
		Map<String, Boolean> byId = new HashMap<>();
		try (var session = driver.session()) {
			session.executeRead(tx -> tx.run(cypher, Map.of("ids", List.copyOf(ids))).list(), transactions)
				.forEach(record -> byId.put(record.get("id").asString(), record.get("value").asBoolean()));
		}
		return byId;
	}

	private <T> Map<String, List<T>> rows(String cypher, Collection<String> ids,
			Function<Record, List<T>> mapper) {
		Map<String, List<T>> byId = new HashMap<>();
		ids.forEach(id -> byId.put(id, List.of()));
		try (var session = driver.session()) {
			session.executeRead(tx -> tx.run(cypher, Map.of("ids", List.copyOf(ids))).list(), transactions)
				.forEach(record -> byId.put(record.get("id").asString(), mapper.apply(record)));
		}
		return byId;
	}

	/** A neighbour with the role of the relationship that leads to it. */
	public record Link(String role, GraphObject node) {
	}

}
