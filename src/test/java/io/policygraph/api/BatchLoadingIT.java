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
