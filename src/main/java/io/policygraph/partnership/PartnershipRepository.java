package io.policygraph.partnership;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.springframework.stereotype.Repository;

import io.policygraph.graph.RegionLevel;

/** {@code Query.partnerships}: the links of companies with provinces, by kind. */
@Repository
class PartnershipRepository {

	/**
	 * Every link of a company with a place, by kind: a named co-action (PARTNERED_WITH in
	 * an entry), the company acting on its own in an entry (ACTOR_IN without a
	 * partnership of its own there), its product as the channel of a service (ACTOR_IN
	 * {channel: true}), its presence at a summit (ORGANIZED it or TOOK_PART_IN it: spoke,
	 * exhibited), placed where the summit is held. An entry is placed where it is located
	 * (or, for a co-action without a place, where the partner is); a summit where it is
	 * held. Places roll up to their province-level region; rows are grouped by company
	 * (or group) and province.
	 */
	private static final String PARTNERSHIPS = """
			%s
			WITH DISTINCT c, i, event, kind, partner
			WHERE kind IN $kinds
			  AND ($from IS NULL OR coalesce(i.date, event.startDate) >= $from)
			  AND ($to IS NULL OR coalesce(i.date, event.startDate) <= $to)
			  AND ($sector IS NULL OR EXISTS { (i)-[:CONCERNS]->(:Entity {id: $sector}) })
			  AND ($company IS NULL OR c.id = $company
			       OR ($includeSubsidiaries AND EXISTS { (c)-[:SUBSIDIARY_OF*1..]->(:Entity {id: $company}) }))
			  AND ($businessSector IS NULL
			       OR EXISTS { (c)-[:SUBSIDIARY_OF*0..]->(:Company)-[:OPERATES_IN]->(:Sector {id: $businessSector}) })
			WITH c, i, event, kind, partner,
			     CASE WHEN event IS NOT NULL THEN head([(event)-[:HELD_IN]->(place:Region) | place])
			          ELSE coalesce(head([(i)-[:IN_REGION]->(place:Region) | place]),
			                        head([(partner)-[:LOCATED_IN|PART_OF*0..1]->(place:Region) | place])) END AS place
			WHERE place IS NOT NULL
			  AND ($region IS NULL OR EXISTS { (place)-[:PART_OF*0..]->(:Entity {id: $region}) })
			MATCH (place)-[:PART_OF*0..]->(province:Region)
			WHERE province.level IN $provinceLevels
			WITH c, i, event, kind, partner, province,
			     CASE WHEN NOT $includeSubsidiaries THEN c
			          WHEN $company IS NOT NULL THEN COLLECT { MATCH (requested:Company {id: $company}) RETURN requested }[0]
			          ELSE head([(c)-[:SUBSIDIARY_OF*0..]->(top:Company) WHERE NOT (top)-[:SUBSIDIARY_OF]->() | top])
			     END AS owner
			ORDER BY coalesce(i.date, event.startDate), coalesce(i.id, event.id)
			WITH owner, province,
			     collect(DISTINCT c) AS via,
			     [p IN collect(DISTINCT partner) WHERE p IS NOT NULL] AS partners,
			     [x IN collect(DISTINCT i) WHERE x IS NOT NULL] AS initiatives,
			     [x IN collect(DISTINCT event) WHERE x IS NOT NULL] AS events,
			     collect(DISTINCT kind) AS kinds,
			     collect({kind: kind, via: c, initiative: i, event: event}) AS evidence
			CALL (initiatives) {
			  UNWIND initiatives AS entry
			  MATCH (entry)-[:CONCERNS]->(s:Sector)
			  WITH DISTINCT s ORDER BY s.name
			  RETURN collect(s) AS sectors
			}
			RETURN owner AS company, province AS region, via, partners, initiatives, events, sectors,
			       [k IN ['CO_ACTION', 'OWN_ACTIVITY', 'CHANNEL', 'VENUE'] WHERE k IN kinds] AS kinds, evidence
			ORDER BY size(initiatives) + size(events) DESC, owner.id, province.id
			""";

	/**
	 * The links of the companies {@code c}, for {@link #PARTNERSHIPS} after a
	 * {@code MATCH} of {@code c}.
	 */
	private static final String LINKS_OF_COMPANIES = """
			CALL (c) {
			  MATCH (c)-[p:PARTNERED_WITH]->(partner:Entity)
			  MATCH (i:Initiative {id: p.initiativeId})
			  RETURN i, null AS event, 'CO_ACTION' AS kind, partner
			  UNION
			  MATCH (c)-[a:ACTOR_IN]->(i:Initiative)
			  WHERE NOT EXISTS { MATCH (c)-[p:PARTNERED_WITH]->() WHERE p.initiativeId = i.id }
			    AND NOT EXISTS { MATCH (c)-[t:TOOK_PART_IN]->() WHERE t.initiativeId = i.id }
			  RETURN i, null AS event, CASE WHEN a.channel THEN 'CHANNEL' ELSE 'OWN_ACTIVITY' END AS kind,
			         null AS partner
			  UNION
			  MATCH (c)-[t:ORGANIZED|TOOK_PART_IN]->(event:Event)
			  RETURN COLLECT { MATCH (i:Initiative {id: t.initiativeId}) RETURN i }[0] AS i, event, 'VENUE' AS kind,
			         null AS partner
			}
			""";

	/** Every company's links: no condition to start from. */
	private static final String ALL_LINKS = "MATCH (c:Company)\n" + LINKS_OF_COMPANIES;

	/**
	 * The links of the company {@code $company} and its subsidiaries and branches: a
	 * superset of the rows of {@code company: $company}, found from its id.
	 */
	private static final String LINKS_OF_COMPANY = "MATCH (c:Company)-[:SUBSIDIARY_OF*0..]->(:Entity {id: $company})\n"
			+ LINKS_OF_COMPANIES;

	/**
	 * The links that can be placed in the region {@code $region} or its cities and
	 * districts, found from its id: entries located there (co-actions through the
	 * partnerships' index on {@code initiativeId}, and the firms' own activity),
	 * co-actions with a partner there and summits held there. A superset of the rows of
	 * {@code region: $region}: where an entry is placed is decided after, as for every
	 * row.
	 */
	private static final String LINKS_IN_REGION = """
			MATCH (area:Region)-[:PART_OF*0..]->(:Entity {id: $region})
			CALL (area) {
			  MATCH (area)<-[:IN_REGION]-(i:Initiative)
			  MATCH (c:Company)-[p:PARTNERED_WITH {initiativeId: i.id}]->(partner:Entity)
			  RETURN c, i, null AS event, 'CO_ACTION' AS kind, partner
			  UNION
			  MATCH (area)<-[:LOCATED_IN|PART_OF*0..1]-(partner:Entity)<-[p:PARTNERED_WITH]-(c:Company)
			  MATCH (i:Initiative {id: p.initiativeId})
			  RETURN c, i, null AS event, 'CO_ACTION' AS kind, partner
			  UNION
			  MATCH (area)<-[:IN_REGION]-(i:Initiative)<-[a:ACTOR_IN]-(c:Company)
			  WHERE NOT EXISTS { MATCH (c)-[p:PARTNERED_WITH]->() WHERE p.initiativeId = i.id }
			    AND NOT EXISTS { MATCH (c)-[t:TOOK_PART_IN]->() WHERE t.initiativeId = i.id }
			  RETURN c, i, null AS event, CASE WHEN a.channel THEN 'CHANNEL' ELSE 'OWN_ACTIVITY' END AS kind,
			         null AS partner
			  UNION
			  MATCH (area)<-[:HELD_IN]-(event:Event)<-[t:ORGANIZED|TOOK_PART_IN]-(c:Company)
			  RETURN c, COLLECT { MATCH (i:Initiative {id: t.initiativeId}) RETURN i }[0] AS i, event, 'VENUE' AS kind,
			         null AS partner
			}
			""";

	private final Driver driver;

	/**
	 * Reads are routed as reads and bounded in time
	 * (policygraph.limits.transaction-timeout).
	 */
	private final QueryConfig reads;

	PartnershipRepository(Driver driver, QueryConfig reads) {
		this.driver = driver;
		this.reads = reads;
	}

	/**
	 * The rows of {@code partnerships}: every filter is optional (null).
	 * @param kinds the kinds of link that count, never empty
	 * @param businessSector only firms (or firms of groups) whose business is this sector
	 */
	List<Partnership> find(String companyId, String regionId, String sectorId, LocalDate from, LocalDate to,
			boolean includeSubsidiaries, List<LinkKind> kinds, String businessSector) {
		var parameters = new HashMap<String, Object>();
		parameters.put("company", companyId);
		parameters.put("region", regionId);
		parameters.put("sector", sectorId);
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("includeSubsidiaries", includeSubsidiaries);
		parameters.put("kinds", kinds.stream().map(LinkKind::name).toList());
		parameters.put("businessSector", businessSector);
		parameters.put("provinceLevels", RegionLevel.provinceLevels());
		String links = companyId != null ? LINKS_OF_COMPANY : regionId != null ? LINKS_IN_REGION : ALL_LINKS;
		return driver.executableQuery(PARTNERSHIPS.formatted(links))
			.withParameters(parameters)
			.withConfig(reads)
			.execute()
			.records()
			.stream()
			.map(Partnership::from)
			.toList();
	}

}
