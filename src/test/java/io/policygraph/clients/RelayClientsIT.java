package io.policygraph.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.policygraph.support.HttpGraphQl;
import io.policygraph.support.NodeScript;
import io.policygraph.support.PolicyGraphIT;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real Relay-style clients against the started service: Apollo Client's
 * relayStylePagination merging pages fetched with fetchMore, and relay-compiler accepting
 * {@code @connection} on {@code Query.initiatives} and {@code Region.initiatives} of the
 * schema the service introspects.
 */
@PolicyGraphIT
class RelayClientsIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void apolloClientMergesThePagesOfTianjinIntoTheUnpagedList() {
		NodeScript.Run run = NodeScript.run("apollo-paging.mjs", 120, url(), "{\"region\":\"天津\"}", "2");
		assertThat(run.succeeded()).as(run.output()).isTrue();
		JsonNode merged = JSON.readTree(run.output()
			.lines()
			.filter(line -> line.startsWith("{"))
			.reduce((a, b) -> b)
			.orElseThrow(() -> new AssertionError("no JSON printed: " + run.output())));

		assertThat(merged.get("pages").asInt()).isEqualTo(3);
		assertThat(entries(merged.get("initiatives"))).containsExactly("2018-11-s2-tianjin-4 2018-11-13",
				"2018-11-s2-tianjin-3 2018-11-01", "2018-11-s2-tianjin-2 2018-10-22",
				"2018-11-s3-alibaba-group-1 2018-10-22", "2018-11-s2-tianjin-1 2018-10-16");
		assertThat(ids(merged.get("initiatives"))).containsExactlyElementsOf(unpaged(Map.of("region", "天津")));
	}

	@Test
	void apolloClientMergesAllPagesOfTheReport() {
		NodeScript.Run run = NodeScript.run("apollo-paging.mjs", 180, url(), "{\"report\":\"2018-11\"}", "25");
		assertThat(run.succeeded()).as(run.output()).isTrue();
		JsonNode merged = JSON.readTree(run.output()
			.lines()
			.filter(line -> line.startsWith("{"))
			.reduce((a, b) -> b)
			.orElseThrow(() -> new AssertionError("no JSON printed: " + run.output())));

		assertThat(merged.get("pages").asInt()).isEqualTo(5);
		assertThat(merged.get("totalCount").asInt()).isEqualTo(105);
		assertThat(ids(merged.get("initiatives"))).hasSize(105)
			.doesNotHaveDuplicates()
			.containsExactlyElementsOf(unpaged(Map.of("report", "2018-11")))
			.contains("2018-11-s2-tianjin-2", "2018-11-s3-china-mobile-1");
	}

	@Test
	void relayCompilerAcceptsConnectionsOnQueryAndRegionInitiatives() {
		NodeScript.Run run = NodeScript.run("relay-check.mjs", 180, url());
		assertThat(run.exitCode()).as(run.output()).isZero();
		assertThat(run.output()).contains("Compilation completed");
	}

	private List<String> unpaged(Map<String, Object> filter) {
		JsonNode connection = initiatives(Map.of("filter", filter, "first", 100));
		if (connection.at("/pageInfo/hasNextPage").asBoolean()) {
			JsonNode rest = initiatives(
					Map.of("filter", filter, "first", 100, "after", connection.at("/pageInfo/endCursor").asString()));
			return Stream.concat(ids(connection.get("edges")).stream(), ids(rest.get("edges")).stream()).toList();
		}
		return ids(connection.get("edges"));
	}

	private JsonNode initiatives(Map<String, Object> variables) {
		return HttpGraphQl.tester(this.port)
			.documentName("initiatives")
			.variables(variables)
			.execute()
			.path("initiatives")
			.entity(JsonNode.class)
			.get();
	}

	private static List<String> ids(JsonNode items) {
		return items.valueStream()
			.map(item -> item.has("node") ? item.at("/node/id").asString() : item.get("id").asString())
			.toList();
	}

	private static List<String> entries(JsonNode items) {
		return items.valueStream().map(item -> item.get("id").asString() + " " + item.get("date").asString()).toList();
	}

	private String url() {
		return "http://127.0.0.1:" + port + "/graphql";
	}

}
