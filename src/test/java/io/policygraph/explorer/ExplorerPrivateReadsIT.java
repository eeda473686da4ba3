package io.policygraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.policygraph.support.Neo4jTestMode;
import io.policygraph.support.RawHttp;
import io.policygraph.support.Service;
import io.policygraph.support.TestNeo4j;

/**
 * With private reads the explorer's page and bundles still load (they hold no data),
 * while the GraphQL calls they make need a key.
 */
@ExtendWith(Neo4jTestMode.class)
class ExplorerPrivateReadsIT {

	@Test
	void thePageLoadsButItsGraphQlCallsNeedAKey() throws Exception {
		Map<String, String> properties = new HashMap<>(TestNeo4j.databaseProperties());
		properties.put("policygraph.security.private-reads", "true");
		// Nothing here reads the graph's content, so the seed need not be loaded.
		properties.put("policygraph.seed.enabled", "false");
		try (Service service = Service.start(properties)) {
			HttpResponse<String> page = RawHttp.get(service.port(), "/");
			assertThat(page.statusCode()).isEqualTo(200);
			for (String asset : ExplorerIT.assets(page.body())) {
				assertThat(RawHttp.get(service.port(), asset.substring(1)).statusCode()).as(asset).isEqualTo(200);
			}
			HttpResponse<String> graphQl = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + "/graphql"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ stats { nodes } }\"}"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(graphQl.statusCode()).isEqualTo(401);
		}
	}

}
