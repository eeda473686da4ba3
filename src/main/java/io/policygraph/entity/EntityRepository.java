package io.policygraph.entity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Repository;

import io.policygraph.graph.Company;
import io.policygraph.graph.Connections.CompanyConnection;
import io.policygraph.graph.Connections.Slice;
import io.policygraph.graph.Event;
import io.policygraph.graph.PageRequest;
import io.policygraph.graph.PagedList;
import io.policygraph.graph.Region;
import io.policygraph.graph.RegionLevel;
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
			 CASE WHEN r.level IN $provinceLevels THEN 0 ELSE 1 END, r.id
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
			""";

	/**
	 * A page of companies by id: the first subquery counts them and tells whether some lie outside
	 * the cursors, the second reads the window between the cursors' ids with keyset predicates, in
	 * id order (reverse order for a backward page), at most {@code $limit}.
	 */
	private static final String COMPANY_PAGE = """
			CALL () {
			  %1$s
			  RETURN count(c) AS total,
			         count(CASE WHEN $afterId IS NOT NULL AND c.id <= $afterId THEN 1 END) > 0 AS itemsBeforeAfter,
			         count(CASE WHEN $beforeId IS NOT NULL AND c.id >= $beforeId THEN 1 END) > 0 AS itemsAfterBefore
			}
			CALL () {
			  %1$s
			    AND ($afterId IS NULL OR c.id > $afterId) AND ($beforeId IS NULL OR c.id < $beforeId)
			  WITH c ORDER BY CASE WHEN $backward THEN null ELSE c.id END, CASE WHEN $backward THEN c.id END DESC
			  LIMIT $limit
			  RETURN collect(c) AS page
			}
			RETURN total, itemsBeforeAfter, itemsAfterBefore, page
			""".formatted(COMPANIES);

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
		parameters.put("provinceLevels", RegionLevel.provinceLevels());
		return list(REGIONS, parameters, record -> Region.from(record.get("r").asNode()));
	}

	List<Sector> sectors() {
		return list(SECTORS, Map.of(), record -> Sector.from(record.get("s").asNode()));
	}

	List<Event> events() {
		return list(EVENTS, Map.of(), record -> Event.from(record.get("e").asNode()));
	}

	/** A page of {@code Query.companies}: one statement. */
	CompanyConnection companies(Criteria criteria, PageRequest page) {
		var parameters = new HashMap<String, Object>(criteria.parameters());
		parameters.put("afterId", page.after() == null ? null : page.after().id());
		parameters.put("beforeId", page.before() == null ? null : page.before().id());
		parameters.put("backward", page.backward());
		parameters.put("limit", page.fetch());
		try (var session = driver.session()) {
			Record record = session.executeRead(tx -> tx.run(COMPANY_PAGE, parameters).single(), transactions);
			return CompanyConnection.of(new Slice<>(record.get("page").asList(value -> Company.from(value.asNode())),
					record.get("total").asLong(), record.get("itemsBeforeAfter").asBoolean(),
					record.get("itemsAfterBefore").asBoolean()), page);
		}
	}

	private <T> List<T> list(String cypher, Map<String, Object> parameters,
			Function<Record, T> mapper) {
		try (var session = driver.session()) {
			return session.executeRead(tx -> tx.run(cypher, parameters).list(mapper::apply), transactions);
		}
	}

	/** The company filter with its names resolved to ids and its name normalized; null means "no condition". */
	record Criteria(String nameKey, String regionId, String sectorId, String groupId, String businessSectorId) {

		static Criteria of(String name, String regionId, String sectorId, String groupId, String businessSectorId) {
			String nameKey = NameKey.of(name);
			return new Criteria(nameKey.isEmpty() ? null : nameKey, regionId, sectorId, groupId, businessSectorId);
		}

		Map<String, Object> parameters() {
			var parameters = new HashMap<String, Object>();
			parameters.put("name", nameKey);
			parameters.put("region", regionId);
			parameters.put("sector", sectorId);
			parameters.put("group", groupId);
			parameters.put("businessSector", businessSectorId);
			return parameters;
		}

		/** The list these criteria select, for the fingerprint of its cursors. */
		PagedList list() {
			return new PagedList("Query.companies", Arrays.asList(nameKey, regionId, sectorId, groupId, businessSectorId),
					PagedList.Order.BY_ID);
		}

	}

}
