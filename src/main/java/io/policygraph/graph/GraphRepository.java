package io.policygraph.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Repository;

import io.policygraph.text.NameKey;

/**
 * Lookups every area of the API shares (an object by id, an entity by name), and the
 * runner of the batched queries with which the feature repositories load a field for many
 * parent objects in one statement. A batched query takes the parents' ids as {@code $ids}
 * and returns at most one row per id, in one of the shapes {@link NeighbourRow},
 * {@link LinkRow} or {@link FlagRow}.
 */
@Repository
public class GraphRepository {

	/** One look-up in the id constraint of each label an object of the API can have. */
	private static final String BY_ID = """
			CALL () {
			  MATCH (n:Entity {id: $id}) RETURN n
			  UNION ALL
			  MATCH (n:Initiative {id: $id}) RETURN n
			  UNION ALL
			  MATCH (n:Policy {id: $id}) RETURN n
			  UNION ALL
			  MATCH (n:Report {id: $id}) RETURN n
			}
			RETURN n LIMIT 1
			""";

	/**
	 * Exact matches of a name's key, best kind of match first: id, canonical name (the
	 * first of the entity's {@code nameKeys}), then an alias or the English name.
	 * {@code $term} is the key as one quoted term of the keyword index over ids and
	 * {@code nameKeys}.
	 */
	private static final String BY_NAME = """
			CALL db.index.fulltext.queryNodes('entity_keys', $term) YIELD node AS e
			RETURN e
			ORDER BY CASE WHEN e.id = $key THEN 0 WHEN e.nameKeys[0] = $key THEN 1 ELSE 2 END, e.id
			""";

	/** Never an id: ids are slugs of letters, digits and single hyphens. */
	public static final String NO_MATCH = "-";

	private final Driver driver;

	/**
	 * Reads are routed as reads and bounded in time
	 * (policygraph.limits.transaction-timeout).
	 */
	private final QueryConfig reads;

	GraphRepository(Driver driver, QueryConfig reads) {
		this.driver = driver;
		this.reads = reads;
	}

	public Optional<GraphObject> byId(String id) {
		return read(BY_ID, Map.of("id", id), record -> GraphObject.from(record.get("n").asNode())).stream().findFirst();
	}

	/**
	 * The entity a user means by a name, alias, English name or id, in any spelling;
	 * empty for an unknown or blank name.
	 */
	public Optional<Entity> resolve(String name) {
		return named(name).stream().findFirst();
	}

	/**
	 * Every entity with this name, alias, English name or id, compared by their
	 * {@link NameKey}s, best kind of match first.
	 */
	public List<Entity> named(String name) {
		String key = NameKey.of(name);
		if (key.isEmpty()) {
			return List.of();
		}
		String term = '"' + key.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
		return read(BY_NAME, Map.of("key", key, "term", term), record -> Entity.from(record.get("e").asNode()));
	}

	/**
	 * The id for a filter argument: null when no name was given (no condition), the
	 * entity's id when the name means one, and {@link #NO_MATCH} when it means nothing,
	 * so that the filter matches nothing and the answer is empty rather than an error.
	 */
	public String idOf(String name) {
		if (name == null) {
			return null;
		}
		return resolve(name).map(Entity::id).orElse(NO_MATCH);
	}

	/**
	 * Each parent's neighbours of the given type, an empty list where it has none, read
	 * by a query that returns {@link NeighbourRow}s.
	 */
	public <P extends GraphObject, C> Map<P, List<C>> many(String cypher, List<P> parents, Class<C> type) {
		return Batches.many(parents, neighbours(cypher, Batches.ids(parents)), type);
	}

	/**
	 * Each parent's single neighbour of the given type, absent where it has none, read by
	 * a query that returns {@link NeighbourRow}s for the keys the parents hold (their
	 * ids, or foreign ids).
	 */
	public <P, C> Map<P, C> one(String cypher, List<P> parents, Function<P, String> key, Class<C> type) {
		List<String> keys = parents.stream().map(key).distinct().toList();
		return Batches.one(parents, key, neighbours(cypher, keys), type);
	}

	/**
	 * Each parent's links, an empty list where it has none, read by a query that returns
	 * {@link LinkRow}s.
	 */
	public <P extends GraphObject> Map<P, List<Link>> links(String cypher, List<P> parents) {
		Map<String, List<Link>> byId = new HashMap<>();
		batch(cypher, Batches.ids(parents), LinkRow::of).forEach(row -> byId.put(row.id(), row.links()));
		return Batches.each(parents, parent -> byId.getOrDefault(parent.id(), List.of()));
	}

	/**
	 * A boolean per parent, false where the query has no row, read by a query that
	 * returns {@link FlagRow}s.
	 */
	public <P extends GraphObject> Map<P, Boolean> flags(String cypher, List<P> parents) {
		Map<String, Boolean> byId = new HashMap<>();
		batch(cypher, Batches.ids(parents), FlagRow::of).forEach(row -> byId.put(row.id(), row.value()));
		return Batches.each(parents, parent -> byId.getOrDefault(parent.id(), false));
	}

	/**
	 * The rows of a batched query of another shape: {@code cypher} takes {@code $ids},
	 * and {@code row} reads each row it returns.
	 */
	public <R> List<R> batch(String cypher, Collection<String> ids, Function<Record, R> row) {
		return read(cypher, Map.of("ids", List.copyOf(ids)), row);
	}

	private Map<String, List<GraphObject>> neighbours(String cypher, Collection<String> ids) {
		Map<String, List<GraphObject>> byId = new HashMap<>();
		batch(cypher, ids, NeighbourRow::of).forEach(row -> byId.put(row.id(), row.nodes()));
		return byId;
	}

	private <T> List<T> read(String cypher, Map<String, Object> parameters, Function<Record, T> row) {
		return driver.executableQuery(cypher)
			.withParameters(parameters)
			.withConfig(reads)
			.execute()
			.records()
			.stream()
			.map(row)
			.toList();
	}

	/** A neighbour with the role of the relationship that leads to it. */
	public record Link(String role, GraphObject node) {
	}

	/**
	 * A row of a batched neighbour query: {@code RETURN id, collect(n) AS nodes}.
	 *
	 * @param id the parent's id (or the foreign id looked up)
	 * @param nodes its neighbours, in the query's order
	 */
	public record NeighbourRow(String id, List<GraphObject> nodes) {

		static NeighbourRow of(Record record) {
			return new NeighbourRow(record.get("id").asString(),
					record.get("nodes").asList(value -> GraphObject.from(value.asNode())));
		}

	}

	/**
	 * A row of a batched link query: {@code RETURN id, collect({role: r.role, node: n})
	 * AS links}.
	 *
	 * @param id the parent's id
	 * @param links the role of each relationship and the node at its other end, in the
	 * query's order
	 */
	public record LinkRow(String id, List<Link> links) {

		static LinkRow of(Record record) {
			return new LinkRow(record.get("id").asString(), record.get("links")
				.asList(value -> new Link(value.get("role").asString(), GraphObject.from(value.get("node").asNode()))));
		}

	}

	/**
	 * A row of a batched flag query: {@code RETURN id, <boolean> AS value}.
	 *
	 * @param id the parent's id
	 * @param value the flag
	 */
	public record FlagRow(String id, boolean value) {

		static FlagRow of(Record record) {
			return new FlagRow(record.get("id").asString(), record.get("value").asBoolean());
		}

	}

}
