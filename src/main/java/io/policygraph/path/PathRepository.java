package io.policygraph.path;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

import io.policygraph.graph.GraphObject;
import io.policygraph.graph.Initiative;

@Repository
class PathRepository {

	/**
	 * Shortest paths ignore REPORTED_IN (every entry is in a report: such paths say nothing). Among
	 * paths of equal length the first by node ids is taken, so the answer is stable. The bound on
	 * the length is a validated integer: Cypher takes no parameter there.
	 */
	private static final String SHORTEST = """
			MATCH (a {id: $from}), (b {id: $to})
			WHERE (a:Entity OR a:Initiative OR a:Policy) AND (b:Entity OR b:Initiative OR b:Policy)
			MATCH p = allShortestPaths((a)-[*..%d]-(b))
			WHERE none(r IN relationships(p) WHERE type(r) = 'REPORTED_IN')
			WITH p ORDER BY reduce(key = '', n IN nodes(p) | key + n.id + '/') LIMIT 1
			UNWIND range(0, size(relationships(p)) - 1) AS k
			WITH p, k, relationships(p)[k] AS r
			OPTIONAL MATCH (cited:Initiative {id: r.initiativeId})
			WITH p, k, r, cited ORDER BY k
			RETURN nodes(p) AS nodes, collect({
			         type: type(r), start: startNode(r).id,
			         evidence: CASE WHEN 'Initiative' IN labels(startNode(r)) THEN startNode(r)
			                        WHEN 'Initiative' IN labels(endNode(r)) THEN endNode(r)
			                        ELSE cited END
			       }) AS relationships
			""";

	private final Driver driver;

	/** Every transaction of the API is bounded in time (policygraph.limits.transaction-timeout). */
	private final TransactionConfig transactions;

	PathRepository(Driver driver, TransactionConfig transactions) {
		this.driver = driver;
		this.transactions = transactions;
	}

	Optional<Path> shortest(String fromId, String toId, int maxHops) {
		String cypher = SHORTEST.formatted(maxHops);
		try (var session = driver.session()) {
			return session.executeRead(tx -> tx.run(cypher, Map.of("from", fromId, "to", toId)).stream().findFirst(), transactions)
				.map(PathRepository::path);
		}
	}

	private static Path path(Record record) {
		List<GraphObject> nodes = record.get("nodes").asList(value -> GraphObject.from(value.asNode()));
		List<Value> relationships = record.get("relationships").asList(value -> value);
		var steps = new ArrayList<Path.Step>();
		for (int i = 0; i < relationships.size(); i++) {
			Value relationship = relationships.get(i);
			GraphObject from = nodes.get(i);
			Value evidence = relationship.get("evidence");
			steps.add(new Path.Step(relationship.get("type").asString(), from, nodes.get(i + 1),
					relationship.get("start").asString().equals(from.id()),
					evidence.isNull() ? null : Initiative.from(evidence.asNode())));
		}
		return new Path(nodes, steps);
	}

}
