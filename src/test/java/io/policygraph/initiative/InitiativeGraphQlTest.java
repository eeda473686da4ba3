package io.policygraph.initiative;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import io.policygraph.support.GraphQlSliceTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The initiative feature's controllers (Query.initiatives, policies, reports and the
 * fields of Initiative, Policy and Report) on the seeded graph, without HTTP.
 */
@GraphQlSliceTest
class InitiativeGraphQlTest {

	private static final String TIANJIN_2 = "initiatives.edges[?(@.node.id == '2018-11-s2-tianjin-2')].node";

	@Autowired
	private GraphQlTester graphQl;

	@Test
	void initiativesOfARegionArePagedWithCursors() {
		GraphQlTester.Response first = graphQl.documentName("initiatives")
			.variable("filter", Map.of("region", "天津"))
			.variable("first", 2)
			.execute();
		first.path("initiatives.totalCount").entity(Integer.class).isEqualTo(5);
		first.path("initiatives.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		List<String> page1 = first.path("initiatives.edges[*].node.id").entityList(String.class).hasSize(2).get();
		String cursor = first.path("initiatives.pageInfo.endCursor").entity(String.class).get();
		graphQl.documentName("initiatives")
			.variable("filter", Map.of("region", "天津"))
			.variable("first", 2)
			.variable("after", cursor)
			.execute()
			.path("initiatives.edges[*].node.id")
			.entityList(String.class)
			.hasSize(2)
			.satisfies(page2 -> assertThat(page2).doesNotContainAnyElementsOf(page1));
	}

	@Test
	void initiativeFieldsOfAnEntryWithItsSourceActorsAndDuplicates() {
		GraphQlTester.Response tianjin = graphQl.documentName("initiativeFields")
			.variable("filter", Map.of("region", "天津"))
			.variable("first", 100)
			.execute();
		tianjin.path(TIANJIN_2 + ".date").entityList(String.class).containsExactly("2018-10-22");
		tianjin.path(TIANJIN_2 + ".sourceUrl")
			.entityList(String.class)
			.containsExactly("http://news.sina.com.cn/o/2018-10-22/doc-ihmuuiyy9046927.shtml");
		tianjin.path(TIANJIN_2 + ".section").entityList(Integer.class).containsExactly(2);
		tianjin.path(TIANJIN_2 + ".row.name").entityList(String.class).containsExactly("天津市");
		tianjin.path(TIANJIN_2 + ".partnerships[0].company.name").entityList(String.class).containsExactly("阿里健康");
		tianjin.path(TIANJIN_2 + ".partnerships[0].partner.name").entityList(String.class).containsExactly("天津市南开医院");
		tianjin.path(TIANJIN_2 + ".sectors[*].name").entityList(String.class).contains("医疗健康");
		tianjin.path(TIANJIN_2 + ".duplicates[*].id")
			.entityList(String.class)
			.containsExactly("2018-11-s3-alibaba-group-1");
		tianjin.path(TIANJIN_2 + ".report.month").entityList(String.class).containsExactly("2018-11");
	}

	@Test
	void initiativesByTextInAnySpelling() {
		int healthcare = graphQl.documentName("initiatives")
			.variable("filter", Map.of("text", "医疗"))
			.variable("first", 100)
			.execute()
			.path("initiatives.totalCount")
			.entity(Integer.class)
			.get();
		assertThat(healthcare).isPositive();
		graphQl.documentName("initiatives")
			.variable("filter", Map.of("text", "醫療"))
			.variable("first", 100)
			.execute()
			.path("initiatives.totalCount")
			.entity(Integer.class)
			.isEqualTo(healthcare);
	}

	@Test
	void policiesTheMinistryOfAgricultureIssued() {
		GraphQlTester.Response policies = graphQl.documentName("policies")
			.variable("filter", Map.of("issuer", "农业农村部"))
			.execute();
		policies.path("policies").entityList(Object.class).hasSize(1);
		policies.path("policies[0].title").entity(String.class).isEqualTo("深入推进审批服务便民化工作实施方案");
		policies.path("policies[0].date").entity(String.class).isEqualTo("2018-11-06");
		policies.path("policies[0].initiative.sourceUrl")
			.entity(String.class)
			.isEqualTo("http://www.gov.cn/xinwen/2018-11/05/content_5337569.htm");
	}

	@Test
	void reportsWithTheirPeriodAndEntries() {
		GraphQlTester.Response reports = graphQl.documentName("reports").execute();
		String november = "reports[?(@.month == '2018-11')]";
		reports.path(november + ".id").entityList(String.class).containsExactly("caict-internet-plus-2018-11");
		reports.path(november + ".publisher").entityList(String.class).containsExactly("中国信息通信研究院");
		reports.path(november + ".periodStart").entityList(String.class).containsExactly("2018-10-16");
		reports.path(november + ".periodEnd").entityList(String.class).containsExactly("2018-11-15");
		reports.path(november + ".initiatives.totalCount").entityList(Integer.class).containsExactly(105);
	}

}
