package io.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.policygraph.support.GraphQlHttp;
import io.policygraph.support.PolicyGraphIT;
import tools.jackson.databind.JsonNode;

/** Invalid arguments get a clear, classified GraphQL error; unknown names get empty answers. */
@PolicyGraphIT
class ApiErrorsIT {

	@LocalServerPort
	int port;

	@Test
	void aBadDateIsAValidationErrorNamingTheArgument() {
		JsonNode response = http().document("initiatives", Map.of("filter", Map.of("from", "2018-13-01")));
		assertThat(response.at("/errors/0/extensions/classification").asString()).isEqualTo("ValidationError");
		assertThat(response.at("/errors/0/message").asString()).contains("filter").contains("2018-13-01").containsIgnoringCase("date");
		assertClean(response);
	}

	@Test
	void aPageAboveTheMaximumIsABadRequest() {
		JsonNode response = http().document("companies", Map.of("first", 101));
		assertThat(response.at("/errors/0/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(response.at("/errors/0/message").asString()).isEqualTo("Argument 'first' must be between 0 and 100 (policygraph.api.max-page-size), not 101");
		assertClean(response);
	}

	@Test
	void maxHopsOutOfRangeIsABadRequest() {
		JsonNode response = http().document("path", Map.of("from", "百度", "to", "河南省", "maxHops", 7));
		assertThat(response.at("/errors/0/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(response.at("/errors/0/message").asString()).contains("maxHops").contains("between 1 and 6");
	}

	@Test
	void aForgedCursorIsABadRequest() {
		JsonNode response = http().document("initiatives", Map.of("after", "not-a-cursor"));
		assertThat(response.at("/errors/0/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(response.at("/errors/0/message").asString()).contains("after");
	}

	@Test
	void periodsThatEndBeforeTheyStartAreBadRequests() {
		JsonNode response = http().document("initiatives",
				Map.of("filter", Map.of("from", "2018-11-10", "to", "2018-11-01")));
		assertThat(response.at("/errors/0/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
	}

	@Test
	void unknownNamesGiveEmptyAnswers() {
		assertThat(http().data("initiatives", Map.of("filter", Map.of("region", "Atlantis"))).at("/initiatives/totalCount")
			.asInt()).isZero();
		assertThat(http().data("policies", Map.of("filter", Map.of("issuer", "Atlantis"))).get("policies")).isEmpty();
		assertThat(http().data("partnerships", Map.of("company", "Atlantis")).get("partnerships")).isEmpty();
		assertThat(http().data("companies", Map.of("filter", Map.of("region", "Atlantis"))).at("/companies/totalCount")
			.asInt()).isZero();
	}

	private static void assertClean(JsonNode response) {
		assertThat(response.toString()).doesNotContain("Exception").doesNotContain("at io.").doesNotContain("MATCH");
	}

	private GraphQlHttp http() {
		return new GraphQlHttp(port);
	}

}
