package io.policygraph.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The benchmark's queries (issue 14), the same parameters at every scale. PolicyGraph's
 * GraphQL documents are src/test/resources/benchmark/queries/&lt;id&gt;.graphql; the
 * Cypher floor's statements are in {@link CypherStatements}, the Neo4j GraphQL Library's
 * documents in its own folder ({@code queries/<id>.graphql}).
 */
final class Queries {

	/** The query ids, in the order of the reports. */
	static final List<String> IDS = List.of("entityByName", "nested3", "initiativesFiltered", "initiativesPage2",
			"partnershipsByRegion", "partnershipsByCompany", "search", "path");

	/** The query whose first answer ends a cold start. */
	static final String COLD_START = "nested3";

	/**
	 * The second page of a list: the harness passes the {@code endCursor} of
	 * {@link #FIRST_PAGE}'s answer as its variable {@code after}.
	 */
	static final String SECOND_PAGE = "initiativesPage2";

	static final String FIRST_PAGE = "initiativesFiltered";

	/**
	 * The queries whose work should not grow with the size of the graph: their p50 at the
	 * largest scale should stay within twice that at the smallest.
	 */
	static final List<String> SELECTIVE = List.of("entityByName", "nested3", "initiativesFiltered", "search",
			"partnershipsByCompany", "partnershipsByRegion");

	private Queries() {
	}

	/** PolicyGraph's document for a query. */
	static String policyGraphDocument(String id) {
		try (InputStream in = Queries.class.getResourceAsStream("/benchmark/queries/" + id + ".graphql")) {
			if (in == null) {
				throw new IllegalArgumentException("No document benchmark/queries/" + id + ".graphql");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
