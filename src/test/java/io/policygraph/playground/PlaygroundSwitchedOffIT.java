package io.policygraph.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.policygraph.support.GraphQlHttp;
import io.policygraph.support.Neo4jTestMode;
import io.policygraph.support.Service;
import io.policygraph.support.TestNeo4j;

@ExtendWith(Neo4jTestMode.class)
class PlaygroundSwitchedOffIT {

	@Test
	void switchedOffThePageItsAssetsAndExamplesAreNotFoundWhileGraphQlStillAnswers() {
		Map<String, String> properties = new HashMap<>(TestNeo4j.databaseProperties());
		properties.put("policygraph.playground.enabled", "false");
		// Nothing here reads the graph's content, so the seed need not be loaded.
		properties.put("policygraph.seed.enabled", "false");

		try (Service service = Service.start(properties)) {
			GraphQlHttp http = service.http();

			assertThat(http.get("/graphiql").status()).isEqualTo(404);
			assertThat(http.get("/graphiql/").status()).isEqualTo(404);
			assertThat(http.get("/graphiql/examples").status()).isEqualTo(404);
			assertThat(http.get("/graphiql/assets/playground.js").status()).isEqualTo(404);
			assertThat(http.get("/graphiql/assets/vendor/graphiql/graphiql.min.js").status()).isEqualTo(404);
			assertThat(http.query("{ stats { nodes } }").at("/data/stats/nodes").isNumber()).isTrue();
		}
	}

}
