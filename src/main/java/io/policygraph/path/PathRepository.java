package io.policygraph.path;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

import io.policygraph.graph.GraphEnums;
import io.policygraph.graph.GraphObject;
import io.policygraph.graph.Initiative;
import io.policygraph.graph.RelationshipType;

/** {@code Query.path} and {@code Query.paths}: ranked paths between two objects. */
@Repository
class PathRepository {

	/**
	 * Paths between two objects, best first, as the schema's description of {@code paths}
	 * ranks them. The paths are simple (no object twice) and never go through
	 * REPORTED_IN: every entry is in a report, so such paths say nothing.
	 * <p>
	 * A path of n relationships is found as its first half, ceil(n/2) relationships from
	 * the start, joined on the middle object with its second half, floor(n/2) from the
	 * end: the database walks half the length from each end instead of the whole length
	 * from one (from 上海 to 天津 within six relationships: about 1,300 halves, where one
	 * walk from 上海 goes through 160,000 paths).
	 * <p>
	 * A relationship cites the entry it comes from in {@code initiativeId}, or joins one
	 * itself. Several relationships between the same two objects (an actor with two
	 * roles, a partnership printed twice, an entry both in and acted in by a region) make
	 * one path per sequence of objects: each step takes an evidenced relationship where
	 * there is one, then the first type by name, with the entries of every relationship
	 * of that type and direction.
	 * <p>
	 * The bounds of the lengths (%1$d, %2$d: the halves, %3$d: the whole) are validated
	 * integers: Cypher takes no parameter there.
	 */
	private static final String RANKED = """
			MATCH (a {id: $from}), (b {id: $to})
			WHERE (a:Entity OR a:Initiative OR a:Policy) AND (b:Entity OR b:Initiative OR b:Policy)
			MATCH startHalf = (a)-[*0..%1$d]-(middle)
			WHERE none(r IN relationships(startHalf) WHERE type(r) = 'REPORTED_IN')
			  AND all(n IN nodes(startHalf) WHERE single(m IN nodes(startHalf) WHERE m = n))
			MATCH endHalf = (b)-[*0..%2$d]-(middle)
			USING JOIN ON middle
			WHERE none(r IN relationships(endHalf) WHERE type(r) = 'REPORTED_IN')
			  AND all(n IN nodes(endHalf) WHERE single(m IN nodes(endHalf) WHERE m = n))
			  AND length(startHalf) - length(endHalf) IN [0, 1]
			  AND 1 <= length(startHalf) + length(endHalf) <= %3$d
			WITH nodes(startHalf) + reverse(nodes(endHalf))[1..] AS nodes,
			     relationships(startHalf) + reverse(relationships(endHalf)) AS rels
			WHERE all(n IN nodes WHERE single(m IN nodes WHERE m = n))
			WITH nodes, [k IN range(0, size(rels) - 1) | [rels[k], startNode(rels[k]) = nodes[k],
			       coalesce(rels[k].initiativeId,
			                CASE WHEN startNode(rels[k]):Initiative THEN startNode(rels[k]).id
			                     WHEN endNode(rels[k]):Initiative THEN endNode(rels[k]).id END)]] AS hops
			WITH nodes, [r IN hops | {
			       type: type(r[0]), forward: r[1], cited: r[2],
			       preference: CASE WHEN r[2] IS NULL THEN '1 ' ELSE '0 ' END + type(r[0])
			                   + CASE WHEN r[1] THEN ' 0' ELSE ' 1' END
			     }] AS options
			WITH nodes, collect(options) AS variants
			WITH nodes, [k IN range(0, size(nodes) - 2) | [v IN variants | v[k]]] AS choices
			WITH nodes, choices, [c IN choices |
			       reduce(best = head(c), r IN c | CASE WHEN r.preference < best.preference THEN r ELSE best END)] AS chosen
			WITH nodes, [k IN range(0, size(chosen) - 1) | {
			       type: chosen[k].type, forward: chosen[k].forward,
			       evidence: reduce(ids = [], r IN choices[k] |
			                   CASE WHEN r.preference = chosen[k].preference AND r.cited IS NOT NULL
			                             AND NOT r.cited IN ids
			                        THEN ids + r.cited ELSE ids END)
			     }] AS steps
			CALL (steps) {
			  UNWIND steps AS step
			  UNWIND step.evidence AS entryId
			  MATCH (i:Initiative {id: entryId})
			  RETURN max(i.date) AS latestEvidence
			}
			WITH nodes, steps, latestEvidence,
			     size([n IN nodes[1..-1] WHERE n:Sector]) AS sectors,
			     size([s IN steps WHERE s.evidence = []]) AS unevidenced,
			     reduce(key = '', n IN nodes | key + n.id + '/') AS key
			ORDER BY sectors, unevidenced, size(steps), latestEvidence DESC, key
			LIMIT $first
			RETURN nodes, steps, COLLECT {
			         UNWIND steps AS step
			         UNWIND step.evidence AS entryId
			         MATCH (i:Initiative {id: entryId})
			         RETURN DISTINCT i
			       } AS entries
			ORDER BY sectors, unevidenced, size(steps), latestEvidence DESC, key
			""";

	private static final Comparator<Initiative> NEWEST_FIRST = Comparator.comparing(Initiative::date)
		.reversed()
		.thenComparing(Initiative::id);

	private final Driver driver;

	/**
	 * Reads are routed as reads and bounded in time
	 * (policygraph.limits.transaction-timeout).
	 */
	private final QueryConfig reads;

	PathRepository(Driver driver, QueryConfig reads) {
		this.driver = driver;
		this.reads = reads;
	}

	/** At most {@code first} paths of 1 to {@code maxHops} relationships, best first. */
	List<Path> ranked(String fromId, String toId, int maxHops, int first) {
		String cypher = RANKED.formatted((maxHops + 1) / 2, maxHops / 2, maxHops);
		Map<String, Object> parameters = Map.of("from", fromId, "to", toId, "first", first);
		return driver.executableQuery(cypher)
			.withParameters(parameters)
			.withConfig(reads)
			.execute()
			.records()
			.stream()
			.map(PathRepository::path)
			.toList();
	}

	private static Path path(Record record) {
		List<GraphObject> nodes = record.get("nodes").asList(value -> GraphObject.from(value.asNode()));
		Map<String, Initiative> entries = record.get("entries")
			.asList(value -> Initiative.from(value.asNode()))
			.stream()
			.collect(Collectors.toMap(Initiative::id, Function.identity()));
		List<Value> relationships = record.get("steps").asList(value -> value);
		var steps = new ArrayList<Path.Step>();
		for (int i = 0; i < relationships.size(); i++) {
			Value step = relationships.get(i);
			List<Initiative> evidence = step.get("evidence")
				.asList(value -> entries.get(value.asString()))
				.stream()
				.filter(Objects::nonNull)
				.sorted(NEWEST_FIRST)
				.toList();
			steps.add(
					new Path.Step(GraphEnums.read(RelationshipType.class, step.get("type").asString(), "PathStep.type"),
							nodes.get(i), nodes.get(i + 1), step.get("forward").asBoolean(), evidence));
		}
		return new Path(nodes, steps);
	}

}
