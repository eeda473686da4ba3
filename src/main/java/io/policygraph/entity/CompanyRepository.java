package io.policygraph.entity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Repository;

import io.policygraph.graph.Company;
import io.policygraph.graph.Connections.CompanyConnection;
import io.policygraph.graph.Connections.Slice;
import io.policygraph.graph.Entity;
import io.policygraph.graph.GraphObject;
import io.policygraph.graph.GraphRepository;
import io.policygraph.graph.PageRequest;
import io.policygraph.graph.PagedList;
import io.policygraph.graph.Region;
import io.policygraph.graph.RegionLevel;
import io.policygraph.graph.Sector;
import io.policygraph.text.NameKey;

/**
 * {@code Query.companies} and the fields of {@code Company}. The fields are batch-loaded:
 * one statement per field and level of a request, whatever the number of companies.
 */
@Repository
class CompanyRepository {

	/**
	 * A company works in a region when it partnered with someone on an entry located
	 * there, or with a party that is, or sits in, the region, or acted on its own in an
	 * entry located there (not as a service channel).
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
	 * A page of companies by id: the first subquery counts them and tells whether some
	 * lie outside the cursors, the second reads the window between the cursors' ids with
	 * keyset predicates, in id order (reverse order for a backward page), at most
	 * {@code $limit}.
	 */
	private static final String PAGE = """
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

	private static final String PARENT = """
			UNWIND $ids AS id MATCH (:Entity {id: id})-[:SUBSIDIARY_OF]->(p:Company) RETURN id, collect(p) AS nodes
			""";

	private static final String SUBSIDIARIES = """
			UNWIND $ids AS id
			MATCH (s:Company)-[:SUBSIDIARY_OF]->(:Entity {id: id}) WITH id, s ORDER BY s.id
			RETURN id, collect(s) AS nodes
			""";

	/**
	 * The provinces a company worked with or in: where its co-actions happened (the
	 * entry's place, else the partner's), and where the entries it acted in on its own
	 * are placed; not as a service channel.
	 */
	private static final String REGIONS = """
			UNWIND $ids AS id
			MATCH (c:Entity {id: id})
			CALL (c) {
			  MATCH (c)-[p:PARTNERED_WITH]->(partner)
			  MATCH (i:Initiative {id: p.initiativeId})
			  RETURN coalesce(head([(i)-[:IN_REGION]->(place:Region) | place]),
			                  head([(partner)-[:LOCATED_IN|PART_OF*0..1]->(place:Region) | place])) AS place
			  UNION
			  MATCH (c)-[a:ACTOR_IN]->(i:Initiative)-[:IN_REGION]->(place:Region)
			  WHERE NOT coalesce(a.channel, false) AND NOT EXISTS { MATCH (c)-[t:TOOK_PART_IN]->() WHERE t.initiativeId = i.id }
			  RETURN place
			}
			WITH id, place WHERE place IS NOT NULL
			MATCH (place)-[:PART_OF*0..]->(province:Region) WHERE province.level IN %s
			WITH id, province ORDER BY province.id
			RETURN id, collect(DISTINCT province) AS nodes
			"""
		.formatted(RegionRepository.PROVINCE_LEVELS);

	/**
	 * A company's line of business: its own sectors, else those of the nearest group
	 * above it that has some.
	 */
	private static final String BUSINESS_SECTORS = """
			UNWIND $ids AS id
			MATCH (c:Entity {id: id})
			OPTIONAL MATCH chain = (c)-[:SUBSIDIARY_OF*0..5]->(g:Company) WHERE EXISTS { (g)-[:OPERATES_IN]->(:Sector) }
			WITH id, g ORDER BY length(chain)
			WITH id, head(collect(g)) AS owner
			OPTIONAL MATCH (owner)-[:OPERATES_IN]->(s:Sector)
			WITH id, s ORDER BY s.id
			RETURN id, collect(s) AS nodes
			""";

	private static final String PARTNERS = """
			UNWIND $ids AS id
			MATCH (:Entity {id: id})-[:PARTNERED_WITH]->(partner:Entity) WITH id, partner ORDER BY partner.id
			RETURN id, collect(DISTINCT partner) AS nodes
			""";

	private final Driver driver;

	/**
	 * Reads are routed as reads and bounded in time
	 * (policygraph.limits.transaction-timeout).
	 */
	private final QueryConfig reads;

	private final GraphRepository graph;

	CompanyRepository(Driver driver, QueryConfig reads, GraphRepository graph) {
		this.driver = driver;
		this.reads = reads;
		this.graph = graph;
	}

	/** A page of {@code Query.companies}: one statement. */
	CompanyConnection companies(Criteria criteria, PageRequest page) {
		var parameters = new HashMap<String, Object>(criteria.parameters());
		parameters.put("afterId", page.after() == null ? null : page.after().id());
		parameters.put("beforeId", page.before() == null ? null : page.before().id());
		parameters.put("backward", page.backward());
		parameters.put("limit", page.fetch());
		Record record = driver.executableQuery(PAGE)
			.withParameters(parameters)
			.withConfig(reads)
			.execute()
			.records()
			.get(0);
		return CompanyConnection.of(new Slice<>(record.get("page").asList(value -> Company.from(value.asNode())),
				record.get("total").asLong(), record.get("itemsBeforeAfter").asBoolean(),
				record.get("itemsAfterBefore").asBoolean()), page);
	}

	/** The group a company is a subsidiary or branch of. */
	Map<Company, Company> parent(List<Company> companies) {
		return graph.one(PARENT, companies, GraphObject::id, Company.class);
	}

	/** Whether a group is held only to complete the hierarchy. */
	Map<Company, Boolean> hierarchyOnly(List<Company> companies) {
		return graph.flags(RegionRepository.HIERARCHY_ONLY, companies);
	}

	/** By id. */
	Map<Company, List<Company>> subsidiaries(List<Company> companies) {
		return graph.many(SUBSIDIARIES, companies, Company.class);
	}

	/** Province-level regions, by id. */
	Map<Company, List<Region>> regions(List<Company> companies) {
		return graph.many(REGIONS, companies, Region.class);
	}

	/** By id. */
	Map<Company, List<Sector>> businessSectors(List<Company> companies) {
		return graph.many(BUSINESS_SECTORS, companies, Sector.class);
	}

	/** The parties a company partnered with in some entry, by id. */
	Map<Company, List<Entity>> partners(List<Company> companies) {
		return graph.many(PARTNERS, companies, Entity.class);
	}

	/**
	 * The company filter with its names resolved to ids and its name normalized; null
	 * means "no condition".
	 */
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
			return new PagedList("Query.companies",
					Arrays.asList(nameKey, regionId, sectorId, groupId, businessSectorId), PagedList.Order.BY_ID);
		}

	}

}
