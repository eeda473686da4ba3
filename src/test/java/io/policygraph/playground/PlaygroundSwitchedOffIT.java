package io.policygraph.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.policygraph.support.Neo4jTestMode;
import io.policygraph.support.RawHttp;
import io.policygraph.support.Service;
import io.policygraph.support.TestNeo4j;
import tools.jackson.databind.JsonNode;

@ExtendWith(Neo4jTestMode.class)
class PlaygroundSwitchedOffIT {

	@Test
	void switchedOffThePageItsAssetsAndExamplesAreNotFoundWhileGraphQlStillAnswers() {
		Map<String, String> properties = new HashMap<>(TestNeo4j.databaseProperties());
		properties.put("policygraph.playground.enabled", "false");
		// Nothing here reads the graph's content, so the seed need not be loaded.
		properties.put("policygraph.seed.enabled", "false");

		try (Service service = Service.start(properties)) {
			int port = service.port();

			assertThat(RawHttp.get(port, "/graphiql").statusCode()).isEqualTo(404);
			assertThat(RawHttp.get(port, "/graphiql/").statusCode()).isEqualTo(404);
			assertThat(RawHttp.get(port, "/graphiql/examples").statusCode()).isEqualTo(404);
			assertThat(RawHttp.get(port, "/graphiql/assets/playground.js").statusCode()).isEqualTo(404);
			assertThat(RawHttp.get(port, "/graphiql/assets/vendor/graphiql/graphiql.min.js").statusCode())
				.isEqualTo(404);
			assertThat(service.graphQlTester()
				.document("{ stats { nodes } }")
				.execute()
				.path("stats.nodes")
				.entity(JsonNode.class)
				.get()
				.isNumber()).isTrue();
		}
	}

}
