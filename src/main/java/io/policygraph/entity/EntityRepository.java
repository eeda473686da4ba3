package io.policygraph.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Repository;

import io.policygraph.graph.Company;
import io.policygraph.graph.Connections.CompanyConnection;
import io.policygraph.graph.Event;
import io.policygraph.graph.PageRequest;
import io.policygraph.graph.Region;
import io.policygraph.graph.Sector;
import io.policygraph.text.NameKey;

@Repository
class EntityRepository {

	/**
	 * A place only the seed's hierarchy holds: marked {@code hierarchyOnly} in graph-seed and named by
	 * no entry or summit of any report in the graph.
	 */
	static final String HIERARCHY_ONLY = """
			(coalesce(%1$s.hierarchyOnly, false) AND NOT EXISTS { (%1$s)<-[:IN_REGION]-(:Initiative) }
			 AND NOT EXISTS { (%1$s)-[:ACTOR_IN]->(:Initiative) } AND NOT EXISTS { (%1$s)<-[:HELD_IN]-(:Entity) }
			 AND NOT EXISTS { (%1$s)-[:ORGANIZED]->(:Entity) })""";

	private static final String REGIONS = """
			MATCH (r:Region) WHERE ($level IS NULL OR r.level = $level) AND ($includeHierarchyOnly OR NOT %s)
			RETURN r ORDER BY""".formatted(HIERARCHY_ONLY.formatted("r")) + """
			 CASE WHEN r.level IN ['PROVINCE', 'MUNICIPALITY', 'AUTONOMOUS_REGION'] THEN 0 ELSE 1 END, r.id
			""";

	private static final String SECTORS = "MATCH (s:Sector) RETURN s ORDER BY s.name";

	private static final String EVENTS = "MATCH (e:Event) RETURN e ORDER BY e.startDate, e.id";

	/**
	 * A company works in a region when it partnered with someone on an entry located there, or with
	 * a party that is, or sits in, the region, or acted on its own in an entry located there (not as
	 * a service channel).
	 */
	private static final String COMPANIES = """
			MATCH (c:Company)
			WHERE ($name IS NULL OR any(key IN c.nameKeys WHERE key CONTAINS $name))
			  AND ($group IS NULL OR c.id = $group OR EXISTS { (c)-[:SUBSIDIARY_OF*1..]->(:Entity {id: $group}) })
			  AND ($sector IS NULL OR EXISTS { (c)-[:ACTOR_IN]->(:Initiative)-[:CONCERNS]->(:Entity {id: $sector}) })
			  AND ($region IS NULL OR EXISTS {
			        MATCH (c)-[p:PARTNERED_WITH]->(partner)
			        WHERE EXISTS { (:Initiative {id: p.initiativeId})-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(:Entity {id: $region}) }
			           OR EXISTS { (partner)-[:PART_OF|LOCATED_IN*0..3]->(:Entity {id: $region}) } }
			       OR EXISTS {
			        MATCH (c)-[a:ACTOR_IN]->(:Initiative)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(:Entity {id: $region})
			        WHERE NOT coalesce(a.channel, false) })
			  AND ($businessSector IS NULL
			       OR EXISTS { (c)-[:SUBSIDIARY_OF*0..]->(:Company)-[:OPERATES_IN]->(:Sector {id: $businessSector}) })
			WITH c ORDER BY c.id
			WITH collect(c) AS matching
			RETURN size(matching) AS total, matching[$offset..($offset + $limit + 1)] AS page
			""";

	private final Driver driver;

	/** Every transaction of the API is bounded in time (policygraph.limits.transaction-timeout). */
	private final TransactionConfig transactions;

	EntityRepository(Driver driver, TransactionConfig transactions) {
		this.driver = driver;
		this.transactions = transactions;
	}

	/**
	 * @param includeHierarchyOnly also the places no report names, held only to complete a chain of partOf
	 */
	List<Region> regions(String level, boolean includeHierarchyOnly) {
		var parameters = new HashMap<String, Object>();
		parameters.put("level", level);
		parameters.put("includeHierarchyOnly", includeHierarchyOnly);
		return list(REGIONS, parameters, record -> Region.from(record.get("r").asNode()));
	}

	List<Sector> sectors() {
		return list(SECTORS, Map.of(), record -> Sector.from(record.get("s").asNode()));
	}

	List<Event> events() {
		return list(EVENTS, Map.of(), record -> Event.from(record.get("e").asNode()));
	}

	CompanyConnection companies(String name, String regionId, String sectorId, String groupId, String businessSectorId,
			PageRequest page) {
		var parameters = new HashMap<String, Object>();
		parameters.put("businessSector", businessSectorId);
		String nameKey = NameKey.of(name);
		parameters.put("name", nameKey.isEmpty() ? null : nameKey);
		parameters.put("region", regionId);
		parameters.put("sector", sectorId);
		parameters.put("group", groupId);
		parameters.put("offset", page.offset());
		parameters.put("limit", page.limit());
		try (var session = driver.session()) {
			Record record = session.executeRead(tx -> tx.run(COMPANIES, parameters).single(), transactions);
			return CompanyConnection.of(record.get("page").asList(value -> Company.from(value.asNode())),
					record.get("total").asLong(), page);
		}
	}

	private <T> List<T> list(String cypher, Map<String, Object> parameters,
			java.util.function.Function<Record, T> mapper) {
		try (var session = driver.session()) {
			return session.executeRead(tx -> tx.run(cypher, parameters).list(mapper::apply), transactions);
		}
	}

}
