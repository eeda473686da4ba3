package io.policygraph.search;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import io.policygraph.support.GraphQlSliceTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The search feature's controller (Query.search) on the seeded graph, without HTTP. */
@GraphQlSliceTest
class SearchGraphQlTest {

	@Autowired
	private GraphQlTester graphQl;

	@Test
	void aSectorsNameFindsTheSectorFirstAndEntriesWithSnippets() {
		GraphQlTester.Response hits = graphQl.documentName("search").variable("text", "医疗健康").execute();
		hits.path("search[0].node.id").entity(String.class).isEqualTo("healthcare");
		hits.path("search[?(@.node.__typename == 'Initiative')].snippet")
			.entityList(String.class)
			.satisfies(snippets -> assertThat(snippets).anyMatch(snippet -> snippet.contains("医疗")));
	}

	@Test
	void namesInAnySpellingAndTypesLimitTheHits() {
		graphQl.documentName("search")
			.variable("text", "Tencent")
			.execute()
			.path("search[0].node.id")
			.entity(String.class)
			.isEqualTo("tencent");
		graphQl.documentName("search")
			.variable("text", "廣東")
			.variable("first", 1)
			.execute()
			.path("search[0].node.name")
			.entity(String.class)
			.isEqualTo("广东省");
		GraphQlTester.Response initiatives = graphQl.documentName("search")
			.variable("text", "天津")
			.variable("types", List.of("INITIATIVE"))
			.variable("first", 50)
			.execute();
		initiatives.path("search[*].node.__typename")
			.entityList(String.class)
			.satisfies(types -> assertThat(types).containsOnly("Initiative"));
		initiatives.path("search[*].node.id").entityList(String.class).contains("2018-11-s2-tianjin-4");
	}

}
