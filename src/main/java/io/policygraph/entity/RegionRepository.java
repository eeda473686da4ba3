package io.policygraph.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.springframework.stereotype.Repository;

import io.policygraph.graph.Company;
import io.policygraph.graph.GraphObject;
import io.policygraph.graph.GraphRepository;
import io.policygraph.graph.Policy;
import io.policygraph.graph.Region;
import io.policygraph.graph.RegionLevel;
import io.policygraph.graph.Sector;

/**
 * {@code Query.regions} and the fields of {@code Region}. The fields are batch-loaded:
 * one statement per field and level of a request, whatever the number of regions.
 */
@Repository
class RegionRepository {

	/**
	 * The province-level levels as a Cypher list literal, from
	 * {@link RegionLevel#provinceLevels()}.
	 */
	static final String PROVINCE_LEVELS = RegionLevel.provinceLevels()
		.stream()
		.map(level -> "'" + level + "'")
		.collect(Collectors.joining(", ", "[", "]"));

	/**
	 * A place only the seed's hierarchy holds: marked {@code hierarchyOnly} in graph-seed
	 * and named by no entry or summit of any report in the graph. {@code %1$s} is the
	 * node's variable.
	 */
	static final String HIERARCHY_ONLY_CONDITION = """
			(coalesce(%1$s.hierarchyOnly, false) AND NOT EXISTS { (%1$s)<-[:IN_REGION]-(:Initiative) }
			 AND NOT EXISTS { (%1$s)-[:ACTOR_IN]->(:Initiative) } AND NOT EXISTS { (%1$s)<-[:HELD_IN]-(:Entity) }
			 AND NOT EXISTS { (%1$s)-[:ORGANIZED]->(:Entity) })""";

	/**
	 * Whether a place or a group is held only to complete the hierarchy: rows of
	 * {@code id, value}.
	 */
	static final String HIERARCHY_ONLY = """
			UNWIND $ids AS id
			MATCH (n:Entity {id: id})
			RETURN id, %s AS value
			""".formatted(HIERARCHY_ONLY_CONDITION.formatted("n"));

	private static final String REGIONS = """
			MATCH (r:Region) WHERE ($level IS NULL OR r.level = $level) AND ($includeHierarchyOnly OR NOT %s)
			RETURN r ORDER BY CASE WHEN r.level IN %s THEN 0 ELSE 1 END, r.id
			""".formatted(HIERARCHY_ONLY_CONDITION.formatted("r"), PROVINCE_LEVELS);

	private static final String PARENT = """
			UNWIND $ids AS id MATCH (:Entity {id: id})-[:PART_OF]->(p:Region) RETURN id, collect(p) AS nodes
			""";

	private static final String PROVINCE = """
			UNWIND $ids AS id
			MATCH (:Entity {id: id})-[:PART_OF*0..]->(p:Region) WHERE p.level IN %s
			RETURN id, collect(p) AS nodes
			""".formatted(PROVINCE_LEVELS);

	/**
	 * The cities and districts a report names in a region: those directly part of it, and
	 * in place of one held only to complete the hierarchy, the places under it (黄陂区 under
	 * 武汉市 for 湖北省).
	 */
	private static final String CITIES = """
			UNWIND $ids AS id
			MATCH chain = (c:Region)-[:PART_OF*1..3]->(:Entity {id: id})
			WHERE NOT %s AND all(between IN nodes(chain)[1..-1] WHERE %s)
			WITH DISTINCT id, c ORDER BY c.id
			RETURN id, collect(c) AS nodes
			""".formatted(HIERARCHY_ONLY_CONDITION.formatted("c"), HIERARCHY_ONLY_CONDITION.formatted("between"));

	/**
	 * The firms that worked with or in a region: a co-action placed there (or with a
	 * partner there), or their own activity in an entry placed there; not a product as a
	 * service channel.
	 */
	private static final String PARTNERS = """
			UNWIND $ids AS id
			MATCH (r:Entity {id: id})
			CALL (r) {
			  MATCH (c:Company)-[a:ACTOR_IN]->(i:Initiative)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(r)
			  WHERE NOT coalesce(a.channel, false) AND NOT EXISTS { MATCH (c)-[t:TOOK_PART_IN]->() WHERE t.initiativeId = i.id }
			  RETURN c
			  UNION
			  MATCH (c:Company)-[:PARTNERED_WITH]->(partner)-[:PART_OF|LOCATED_IN*0..3]->(r)
			  RETURN c
			}
			WITH id, c ORDER BY c.id
			RETURN id, collect(DISTINCT c) AS nodes
			""";

	/**
	 * The documents issued in a region (by it or a body within it) or announced by an
	 * entry placed there.
	 */
	private static final String POLICIES = """
			UNWIND $ids AS id
			MATCH (r:Entity {id: id})
			CALL (r) {
			  MATCH (issuer:Entity)-[:ISSUED]->(p:Policy) WHERE (issuer)-[:PART_OF|LOCATED_IN*0..3]->(r)
			  RETURN p
			  UNION
			  MATCH (p:Policy)<-[:ANNOUNCES]-(:Initiative)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(r)
			  RETURN p
			}
			WITH id, p ORDER BY p.date DESC, p.id
			RETURN id, collect(DISTINCT p) AS nodes
			""";

	/** The sectors of the entries placed in a region, the most frequent first. */
	private static final String SECTORS = """
			UNWIND $ids AS id
			MATCH (s:Sector)<-[:CONCERNS]-(i:Initiative)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(:Entity {id: id})
			WITH id, s, count(DISTINCT i) AS entries ORDER BY entries DESC, s.name
			RETURN id, collect(s) AS nodes
			""";

	private static final String PROMOTED_SECTORS = """
			UNWIND $ids AS id
			MATCH (:Entity {id: id})-[:PROMOTES]->(s:Sector) WITH id, s ORDER BY s.name
			RETURN id, collect(DISTINCT s) AS nodes
			""";

	private final Driver driver;

	/**
	 * Reads are routed as reads and bounded in time
	 * (policygraph.limits.transaction-timeout).
	 */
	private final QueryConfig reads;

	private final GraphRepository graph;

	RegionRepository(Driver driver, QueryConfig reads, GraphRepository graph) {
		this.driver = driver;
		this.reads = reads;
		this.graph = graph;
	}

	/**
	 * Regions, provinces first, then by id.
	 * @param level only regions of this level (a {@code RegionLevel} name); null for all
	 * @param includeHierarchyOnly also the places no report names, held only to complete
	 * a chain of partOf
	 */
	List<Region> regions(String level, boolean includeHierarchyOnly) {
		var parameters = new HashMap<String, Object>();
		parameters.put("level", level);
		parameters.put("includeHierarchyOnly", includeHierarchyOnly);
		return driver.executableQuery(REGIONS)
			.withParameters(parameters)
			.withConfig(reads)
			.execute()
			.records()
			.stream()
			.map(record -> Region.from(record.get("r").asNode()))
			.toList();
	}

	Map<Region, Region> parent(List<Region> regions) {
		return graph.one(PARENT, regions, GraphObject::id, Region.class);
	}

	/** The province-level region a region is or lies in. */
	Map<Region, Region> province(List<Region> regions) {
		return graph.one(PROVINCE, regions, GraphObject::id, Region.class);
	}

	Map<Region, Boolean> hierarchyOnly(List<Region> regions) {
		return graph.flags(HIERARCHY_ONLY, regions);
	}

	Map<Region, List<Region>> cities(List<Region> regions) {
		return graph.many(CITIES, regions, Region.class);
	}

	Map<Region, List<Company>> partners(List<Region> regions) {
		return graph.many(PARTNERS, regions, Company.class);
	}

	/** Newest first. */
	Map<Region, List<Policy>> policies(List<Region> regions) {
		return graph.many(POLICIES, regions, Policy.class);
	}

	Map<Region, List<Sector>> sectors(List<Region> regions) {
		return graph.many(SECTORS, regions, Sector.class);
	}

	/** By name. */
	Map<Region, List<Sector>> promotedSectors(List<Region> regions) {
		return graph.many(PROMOTED_SECTORS, regions, Sector.class);
	}

}
