package io.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;

import io.policygraph.support.HttpGraphQl;
import io.policygraph.support.PolicyGraphIT;
import tools.jackson.databind.JsonNode;

@PolicyGraphIT
class SearchApiIT {

	@LocalServerPort
	int port;

	@Test
	void chineseWordsFindTheSectorFirstAndEntriesWithSnippets() {
		JsonNode hits = search(Map.of("text", "医疗健康"));
		assertThat(hits.at("/0/node/id").asString()).isEqualTo("healthcare");
		assertThat(hits.valueStream()
			.filter(h -> h.at("/node/__typename").asString().equals("Initiative"))
			.map(h -> h.get("snippet").asString())).anyMatch(snippet -> snippet.contains("医疗"));
	}

	@Test
	void aSingleCharacterAndALatinFragmentStillFindThings() {
		assertThat(ids(search(Map.of("text", "医")))).contains("healthcare");
		assertThat(ids(search(Map.of("text", "ali")))).contains("alibaba-group", "alibaba-health");
		assertThat(ids(search(Map.of("text", "Tencent")))).first().isEqualTo("tencent");
	}

	@Test
	void typesLimitTheKindsOfHits() {
		JsonNode hits = search(Map.of("text", "天津", "types", List.of("INITIATIVE"), "first", 50));
		assertThat(hits.valueStream().map(h -> h.at("/node/__typename").asString())).containsOnly("Initiative");
		assertThat(ids(hits)).contains("2018-11-s2-tianjin-4");
	}

	@Test
	void luceneSyntaxInUserTextIsTakenLiterally() {
		for (String text : List.of("医疗 AND (", "\"unterminated", "*", "a:b/c\\", "OR NOT", "天津~2^3")) {
			HttpGraphQl.tester(port).documentName("search").variables(Map.of("text", text)).execute().errors().verify();
		}
	}

	@Test
	void firstBoundsTheHitsAndIsValidated() {
		assertThat(search(Map.of("text", "政务", "first", 3)).size()).isEqualTo(3);
		HttpGraphQl.tester(port)
			.documentName("search")
			.variables(Map.of("text", "政务", "first", 1000))
			.execute()
			.errors()
			.satisfy(errors -> {
				assertThat(errors.get(0).getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(errors.get(0).getMessage()).contains("first").contains("100");
			});
	}

	private JsonNode search(Map<String, Object> variables) {
		GraphQlTester.Response response = HttpGraphQl.tester(port)
			.documentName("search")
			.variables(variables)
			.execute();
		return response.path("search").entity(JsonNode.class).get();
	}

	private static List<String> ids(JsonNode hits) {
		return hits.valueStream().map(h -> h.at("/node/id").asString()).toList();
	}

}
