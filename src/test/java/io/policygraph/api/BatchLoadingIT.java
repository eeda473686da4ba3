package io.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.policygraph.support.CypherCounter;
import io.policygraph.support.HttpGraphQl;
import io.policygraph.support.PolicyGraphIT;
import tools.jackson.databind.JsonNode;

/**
 * Nested fields are batch-loaded: the number of Cypher statements does not grow with the
 * number of parents.
 */
@PolicyGraphIT
class BatchLoadingIT {

	/**
	 * The query's fields that need the database: companies, and per level parent,
	 * regions, partners, initiatives; region, province, sectors, actors, policies,
	 * issuers. One statement each at most, fewer when a level has nothing to load.
	 */
	static final int FIELDS_THAT_QUERY = 11;

	@LocalServerPort
	int port;

	@Test
	void aNestedQueryNeedsOneStatementPerFieldForTwoCompaniesAsForAll() {
		int forTwo = statementsFor(2);
		int forAll = statementsFor(100);

		assertThat(forTwo).isLessThanOrEqualTo(FIELDS_THAT_QUERY);
		assertThat(forAll).isLessThanOrEqualTo(FIELDS_THAT_QUERY);
	}

	/**
	 * The kind of query a front end sends: a region, its newest entries, and each entry's
	 * region, sectors and actors. The entries' fields come with their page: one statement
	 * for the name, one for the page.
	 */
	@Test
	void aFrontEndsThreeLevelQueryNeedsTwoStatements() {
		CypherCounter.reset();
		JsonNode region = HttpGraphQl.tester(this.port)
			.documentName("frontEndNestedQuery")
			.variable("name", "天津")
			.execute()
			.path("entity")
			.entity(JsonNode.class)
			.get();

		assertThat(CypherCounter.statements()).isEqualTo(2);
		JsonNode newest = region.at("/initiatives/edges/0/node");
		assertThat(newest.at("/id").asString()).isEqualTo("2018-11-s2-tianjin-4");
		assertThat(newest.at("/date").asString()).isEqualTo("2018-11-13");
		assertThat(newest.at("/sourceUrl").asString())
			.isEqualTo("http://www.stdaily.com/02/tianjin/2018-11/14/content_730668.shtml");
		assertThat(newest.at("/region/name").asString()).isEqualTo("天津市");
		assertThat(newest.at("/sectors/0/id").asString()).isEqualTo("healthcare");
		assertThat(newest.at("/actors/0/role").asString()).isEqualTo("ISSUER");
		assertThat(newest.at("/actors/0/entity/id").asString()).isEqualTo("tianjin");
		assertThat(region.at("/initiatives/edges").size()).isGreaterThanOrEqualTo(5);
		region.at("/initiatives/edges")
			.valueStream()
			.forEach(edge -> assertThat(edge.at("/node/region/id").asString()).as(edge.at("/node/id").asString())
				.isNotEmpty());
	}

	private int statementsFor(int companies) {
		CypherCounter.reset();
		JsonNode data = HttpGraphQl.tester(this.port)
			.documentName("companiesWithRegionsAndInitiatives")
			.variable("first", companies)
			.execute()
			.path("")
			.entity(JsonNode.class)
			.get();
		int statements = CypherCounter.statements();
		assertThat(data.at("/companies/edges").size())
			.isEqualTo(Math.min(companies, data.at("/companies/totalCount").asInt()));
		if (companies > 30) {
			assertThat(data.at("/companies/edges").size()).isGreaterThan(30);
			assertThat(data.at("/companies/edges")
				.valueStream()
				.mapToInt(edge -> edge.at("/node/initiatives/edges").size())
				.sum()).as("initiatives loaded under all companies").isGreaterThan(40);
		}
		return statements;
	}

}
