package io.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;

import io.policygraph.support.HttpGraphQl;
import io.policygraph.support.PolicyGraphIT;
import tools.jackson.databind.JsonNode;

/**
 * Invalid arguments get a clear, classified GraphQL error; unknown names get empty
 * answers.
 */
@PolicyGraphIT
class ApiErrorsIT {

	@LocalServerPort
	int port;

	@Test
	void aBadDateIsAValidationErrorNamingTheArgument() {
		GraphQlTester.Response response = execute("initiatives", Map.of("filter", Map.of("from", "2018-13-01")));
		response.errors().satisfy(errors -> {
			assertThat(errors.get(0).getErrorType().toString()).isEqualTo("ValidationError");
			assertThat(errors.get(0).getMessage()).contains("filter")
				.contains("2018-13-01")
				.containsIgnoringCase("date");
		});
		assertClean(response);
	}

	@Test
	void aPageAboveTheMaximumIsABadRequest() {
		GraphQlTester.Response response = execute("companies", Map.of("first", 101));
		response.errors().satisfy(errors -> {
			assertThat(errors.get(0).getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(errors.get(0).getMessage())
				.isEqualTo("Argument 'first' must be between 0 and 100 (policygraph.api.max-page-size), not 101");
		});
		assertClean(response);
	}

	@Test
	void maxHopsOutOfRangeIsABadRequest() {
		GraphQlTester.Response response = execute("path", Map.of("from", "百度", "to", "河南省", "maxHops", 7));
		response.errors().satisfy(errors -> {
			assertThat(errors.get(0).getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(errors.get(0).getMessage()).contains("maxHops").contains("between 1 and 6");
		});
	}

	@Test
	void aForgedCursorIsABadRequest() {
		GraphQlTester.Response response = execute("initiatives", Map.of("after", "not-a-cursor"));
		response.errors().satisfy(errors -> {
			assertThat(errors.get(0).getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(errors.get(0).getMessage()).contains("after");
		});
	}

	@Test
	void periodsThatEndBeforeTheyStartAreBadRequests() {
		execute("initiatives", Map.of("filter", Map.of("from", "2018-11-10", "to", "2018-11-01"))).errors()
			.satisfy(errors -> assertThat(errors.get(0).getErrorType().toString()).isEqualTo("BAD_REQUEST"));
	}

	@Test
	void unknownNamesGiveEmptyAnswers() {
		assertThat(data("initiatives", Map.of("filter", Map.of("region", "Atlantis"))).at("/initiatives/totalCount")
			.asInt()).isZero();
		assertThat(data("policies", Map.of("filter", Map.of("issuer", "Atlantis"))).get("policies")).isEmpty();
		assertThat(data("partnerships", Map.of("company", "Atlantis")).get("partnerships")).isEmpty();
		assertThat(
				data("companies", Map.of("filter", Map.of("region", "Atlantis"))).at("/companies/totalCount").asInt())
			.isZero();
	}

	/**
	 * Nothing of the whole answer, data and errors, shows exceptions, stack frames or
	 * Cypher.
	 */
	private static void assertClean(GraphQlTester.Response response) {
		assertThat(response.returnResponse().toMap().toString()).doesNotContain("Exception")
			.doesNotContain("at io.")
			.doesNotContain("MATCH");
	}

	private GraphQlTester.Response execute(String document, Map<String, Object> variables) {
		return HttpGraphQl.tester(this.port).documentName(document).variables(variables).execute();
	}

	/**
	 * Runs a document of {@code graphql-test/} and returns its data; any GraphQL error
	 * fails the test.
	 */
	private JsonNode data(String document, Map<String, Object> variables) {
		return HttpGraphQl.tester(this.port)
			.documentName(document)
			.variables(variables)
			.execute()
			.path("")
			.entity(JsonNode.class)
			.get();
	}

}
