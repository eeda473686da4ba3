package io.policygraph.support;

import java.time.Duration;

import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Spring's {@link HttpGraphQlTester} for a service running on a local port: GraphQL over
 * real HTTP, with the documents of {@code src/test/resources/graphql-test/} by
 * {@code documentName(...)}. Tests of raw HTTP (status codes, headers, malformed bodies)
 * use {@code java.net.http} instead.
 */
public final class HttpGraphQl {

	private HttpGraphQl() {
	}

	/** A tester posting to {@code http://127.0.0.1:<port>/graphql}. */
	public static HttpGraphQlTester tester(int port) {
		WebTestClient client = WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + port + "/graphql")
			.responseTimeout(Duration.ofSeconds(60))
			.build();
		return HttpGraphQlTester.create(client);
	}

	/** The same tester sending {@code Authorization: Bearer <key>}. */
	public static HttpGraphQlTester tester(int port, String apiKey) {
		return tester(port).mutate().header("Authorization", "Bearer " + apiKey).build();
	}

}
