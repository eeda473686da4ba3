package io.policygraph.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.policygraph.support.Neo4jTestMode;
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

			assertThat(get(port, "/graphiql").statusCode()).isEqualTo(404);
			assertThat(get(port, "/graphiql/").statusCode()).isEqualTo(404);
			assertThat(get(port, "/graphiql/examples").statusCode()).isEqualTo(404);
			assertThat(get(port, "/graphiql/assets/playground.js").statusCode()).isEqualTo(404);
			assertThat(get(port, "/graphiql/assets/vendor/graphiql/graphiql.min.js").statusCode()).isEqualTo(404);
			assertThat(service.graphQlTester()
				.document("{ stats { nodes } }")
				.execute()
				.path("stats.nodes")
				.entity(JsonNode.class)
				.get()
				.isNumber()).isTrue();
		}
	}

	/** GETs a path of the service as raw HTTP, whatever the status. */
	private static HttpResponse<String> get(int port, String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(60))
			.GET()
			.build();
		try {
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
