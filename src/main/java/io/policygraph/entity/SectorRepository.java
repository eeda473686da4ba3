package io.policygraph.entity;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.springframework.stereotype.Repository;

import io.policygraph.graph.GraphRepository;
import io.policygraph.graph.Policy;
import io.policygraph.graph.Region;
import io.policygraph.graph.Sector;

/**
 * {@code Query.sectors} and the fields of {@code Sector}; the fields are batch-loaded.
 */
@Repository
class SectorRepository {

	private static final String SECTORS = """
			MATCH (s:Sector) RETURN s ORDER BY s.name
			""";

	private static final String PROMOTED_BY = """
			UNWIND $ids AS id
			MATCH (r:Region)-[:PROMOTES]->(:Entity {id: id}) WITH id, r ORDER BY r.id
			RETURN id, collect(DISTINCT r) AS nodes
			""";

	/** The documents concerning a sector, or announced by an entry that does. */
	private static final String POLICIES = """
			UNWIND $ids AS id
			MATCH (s:Entity {id: id})
			CALL (s) {
			  MATCH (p:Policy)-[:CONCERNS]->(s) RETURN p
			  UNION
			  MATCH (p:Policy)<-[:ANNOUNCES]-(:Initiative)-[:CONCERNS]->(s) RETURN p
			}
			WITH id, p ORDER BY p.date DESC, p.id
			RETURN id, collect(DISTINCT p) AS nodes
			""";

	private final Driver driver;

	/**
	 * Reads are routed as reads and bounded in time
	 * (policygraph.limits.transaction-timeout).
	 */
	private final QueryConfig reads;

	private final GraphRepository graph;

	SectorRepository(Driver driver, QueryConfig reads, GraphRepository graph) {
		this.driver = driver;
		this.reads = reads;
		this.graph = graph;
	}

	/** Every sector, by name. */
	List<Sector> sectors() {
		return driver.executableQuery(SECTORS)
			.withConfig(reads)
			.execute()
			.records()
			.stream()
			.map(record -> Sector.from(record.get("s").asNode()))
			.toList();
	}

	/** The regions that promote a sector, by id. */
	Map<Sector, List<Region>> promotedBy(List<Sector> sectors) {
		return graph.many(PROMOTED_BY, sectors, Region.class);
	}

	/** Newest first. */
	Map<Sector, List<Policy>> policies(List<Sector> sectors) {
		return graph.many(POLICIES, sectors, Policy.class);
	}

}
