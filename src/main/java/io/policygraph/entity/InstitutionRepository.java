package io.policygraph.entity;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Repository;

import io.policygraph.graph.Company;
import io.policygraph.graph.Entity;
import io.policygraph.graph.GraphObject;
import io.policygraph.graph.GraphRepository;
import io.policygraph.graph.Organization;
import io.policygraph.graph.Policy;
import io.policygraph.graph.Region;

/**
 * The fields of {@code Ministry} and {@code Organization}, the parties that issue
 * documents and that companies partner with. Batch-loaded: one statement per field and
 * level of a request.
 */
@Repository
class InstitutionRepository {

	private static final String ISSUED_POLICIES = """
			UNWIND $ids AS id
			MATCH (:Entity {id: id})-[:ISSUED]->(p:Policy) WITH id, p ORDER BY p.date DESC, p.id
			RETURN id, collect(DISTINCT p) AS nodes
			""";

	private static final String PARTNERING_COMPANIES = """
			UNWIND $ids AS id
			MATCH (c:Company)-[:PARTNERED_WITH]->(:Entity {id: id}) WITH id, c ORDER BY c.id
			RETURN id, collect(DISTINCT c) AS nodes
			""";

	private static final String ORGANIZATION_REGION = """
			UNWIND $ids AS id MATCH (:Entity {id: id})-[:LOCATED_IN]->(r:Region) RETURN id, collect(r) AS nodes
			""";

	private final GraphRepository graph;

	InstitutionRepository(GraphRepository graph) {
		this.graph = graph;
	}

	/** The documents a ministry or organization issued, newest first. */
	<P extends Entity> Map<P, List<Policy>> issuedPolicies(List<P> issuers) {
		return graph.many(ISSUED_POLICIES, issuers, Policy.class);
	}

	/**
	 * The companies that partnered with a ministry or organization in some entry, by id.
	 */
	<P extends Entity> Map<P, List<Company>> partneringCompanies(List<P> parties) {
		return graph.many(PARTNERING_COMPANIES, parties, Company.class);
	}

	/** Where an organization is located. */
	Map<Organization, Region> region(List<Organization> organizations) {
		return graph.one(ORGANIZATION_REGION, organizations, GraphObject::id, Region.class);
	}

}
