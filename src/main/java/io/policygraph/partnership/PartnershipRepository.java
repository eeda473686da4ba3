package io.policygraph.partnership;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.springframework.stereotype.Repository;

@Repository
class PartnershipRepository {

	/**
	 * Every PARTNERED_WITH relationship with the entry it comes from, placed where the entry is
	 * located (or, for an entry without a place, where the partner is), rolled up to the
	 * province-level region and grouped by company (or group) and province.
	 */
	private static final String PARTNERSHIPS = """
			MATCH (c:Company)-[p:PARTNERED_WITH]->(partner:Entity)
			MATCH (i:Initiative {id: p.initiativeId})
			WHERE ($from IS NULL OR i.date >= $from)
			  AND ($to IS NULL OR i.date <= $to)
			  AND ($sector IS NULL OR EXISTS { (i)-[:CONCERNS]->(:Entity {id: $sector}) })
			  AND ($company IS NULL OR c.id = $company
			       OR ($includeSubsidiaries AND EXISTS { (c)-[:SUBSIDIARY_OF*1..]->(:Entity {id: $company}) }))
			WITH c, partner, i,
			     coalesce(head([(i)-[:IN_REGION]->(place:Region) | place]),
			              head([(partner)-[:LOCATED_IN|PART_OF*0..1]->(place:Region) | place])) AS place
			WHERE place IS NOT NULL
			  AND ($region IS NULL OR EXISTS { (place)-[:PART_OF*0..]->(:Entity {id: $region}) })
			MATCH (place)-[:PART_OF*0..]->(province:Region)
			WHERE province.level IN ['PROVINCE', 'MUNICIPALITY', 'AUTONOMOUS_REGION']
			WITH c, partner, i, province,
			     CASE WHEN NOT $includeSubsidiaries THEN c
			          WHEN $company IS NOT NULL THEN COLLECT { MATCH (requested:Company {id: $company}) RETURN requested }[0]
			          ELSE head([(c)-[:SUBSIDIARY_OF*0..]->(top:Company) WHERE NOT (top)-[:SUBSIDIARY_OF]->() | top])
			     END AS owner
			ORDER BY i.date, i.id
			WITH owner, province, collect(DISTINCT c) AS via, collect(DISTINCT partner) AS partners,
			     collect(DISTINCT i) AS initiatives
			CALL (initiatives) {
			  UNWIND initiatives AS entry
			  MATCH (entry)-[:CONCERNS]->(s:Sector)
			  WITH DISTINCT s ORDER BY s.name
			  RETURN collect(s) AS sectors
			}
			RETURN owner AS company, province AS region, via, partners, initiatives, sectors
			ORDER BY size(initiatives) DESC, owner.id, province.id
			""";

	private final Driver driver;

	/** Every transaction of the API is bounded in time (policygraph.limits.transaction-timeout). */
	private final TransactionConfig transactions;

	PartnershipRepository(Driver driver, TransactionConfig transactions) {
		this.driver = driver;
		this.transactions = transactions;
	}

	List<Partnership> find(String companyId, String regionId, String sectorId, LocalDate from, LocalDate to,
			boolean includeSubsidiaries) {
		var parameters = new HashMap<String, Object>();
		parameters.put("company", companyId);
		parameters.put("region", regionId);
		parameters.put("sector", sectorId);
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("includeSubsidiaries", includeSubsidiaries);
		try (var session = driver.session()) {
			return session.executeRead(tx -> tx.run(PARTNERSHIPS, parameters).list(Partnership::from), transactions);
		}
	}

}
