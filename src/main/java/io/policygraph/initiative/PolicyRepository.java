package io.policygraph.initiative;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.springframework.stereotype.Repository;

import io.policygraph.graph.Entity;
import io.policygraph.graph.GraphRepository;
import io.policygraph.graph.Initiative;
import io.policygraph.graph.Policy;
import io.policygraph.graph.Sector;

/**
 * {@code Query.policies} and the fields of {@code Policy}; the fields are batch-loaded.
 */
@Repository
class PolicyRepository {

	/** Every condition is skipped when its parameter is null; ids are resolved before. */
	private static final String POLICIES = """
			MATCH (p:Policy)
			WHERE ($issuer IS NULL OR EXISTS {
			        MATCH (issuer:Entity)-[:ISSUED]->(p)
			        WHERE issuer.id = $issuer
			           OR EXISTS { (issuer)-[:LOCATED_IN|PART_OF]->(:Region)-[:PART_OF*0..]->(:Entity {id: $issuer}) }
			           OR EXISTS { (issuer)-[:PART_OF*1..]->(:Entity {id: $issuer}) } })
			  AND ($sector IS NULL OR EXISTS { (p)-[:CONCERNS]->(:Entity {id: $sector}) }
			       OR EXISTS { (p)<-[:ANNOUNCES]-(:Initiative)-[:CONCERNS]->(:Entity {id: $sector}) })
			  AND ($from IS NULL OR p.date >= $from)
			  AND ($to IS NULL OR p.date <= $to)
			RETURN p ORDER BY p.date DESC, p.id
			""";

	private static final String ISSUERS = """
			UNWIND $ids AS id
			MATCH (e:Entity)-[:ISSUED]->(:Policy {id: id}) WITH id, e ORDER BY e.id
			RETURN id, collect(e) AS nodes
			""";

	private static final String ANNOUNCING_INITIATIVE = """
			UNWIND $ids AS id MATCH (i:Initiative)-[:ANNOUNCES]->(:Policy {id: id}) RETURN id, collect(i) AS nodes
			""";

	private static final String SECTORS = """
			UNWIND $ids AS id
			MATCH (:Policy {id: id})-[:CONCERNS]->(s:Sector) WITH id, s ORDER BY s.name
			RETURN id, collect(s) AS nodes
			""";

	private final Driver driver;

	/**
	 * Reads are routed as reads and bounded in time
	 * (policygraph.limits.transaction-timeout).
	 */
	private final QueryConfig reads;

	private final GraphRepository graph;

	PolicyRepository(Driver driver, QueryConfig reads, GraphRepository graph) {
		this.driver = driver;
		this.reads = reads;
		this.graph = graph;
	}

	/**
	 * Documents, newest first; a null argument is no condition.
	 * @param issuerId issued by this entity, a body within it, or a body located in it
	 * @param sectorId concerning this sector, or announced by an entry that does
	 */
	List<Policy> policies(String issuerId, String sectorId, LocalDate from, LocalDate to) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("issuer", issuerId);
		parameters.put("sector", sectorId);
		parameters.put("from", from);
		parameters.put("to", to);
		return driver.executableQuery(POLICIES)
			.withParameters(parameters)
			.withConfig(reads)
			.execute()
			.records()
			.stream()
			.map(record -> Policy.from(record.get("p").asNode()))
			.toList();
	}

	/** By id. */
	Map<Policy, List<Entity>> issuers(List<Policy> policies) {
		return graph.many(ISSUERS, policies, Entity.class);
	}

	/** The entry that announces a document. */
	Map<Policy, Initiative> initiative(List<Policy> policies) {
		return graph.one(ANNOUNCING_INITIATIVE, policies, Policy::id, Initiative.class);
	}

	/** By name. */
	Map<Policy, List<Sector>> sectors(List<Policy> policies) {
		return graph.many(SECTORS, policies, Sector.class);
	}

}
