package io.policygraph.partnership;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import io.policygraph.support.GraphQlSliceTest;

/**
 * The partnership feature's controller (Query.partnerships) on the seeded graph, without
 * HTTP.
 */
@GraphQlSliceTest
class PartnershipGraphQlTest {

	@Autowired
	private GraphQlTester graphQl;

	@Test
	void partnershipsOfARegionWithTheirEvidence() {
		GraphQlTester.Response rows = graphQl.documentName("partnerships")
			.variable("region", "Tianjin")
			.variable("kinds", List.of("CO_ACTION"))
			.execute();
		rows.path("partnerships").entityList(Object.class).hasSize(1);
		rows.path("partnerships[0].kinds").entityList(String.class).containsExactly("CO_ACTION");
		rows.path("partnerships[0].via[*].name").entityList(String.class).containsExactly("阿里健康");
		rows.path("partnerships[0].partners[*].name").entityList(String.class).containsExactly("天津市南开医院");
		rows.path("partnerships[0].sectors[*].name").entityList(String.class).contains("医疗健康");
		rows.path("partnerships[0].firstDate").entity(String.class).isEqualTo("2018-10-22");
		rows.path("partnerships[0].initiatives[0].sourceUrl")
			.entity(String.class)
			.isEqualTo("http://news.sina.com.cn/o/2018-10-22/doc-ihmuuiyy9046927.shtml");
	}

	@Test
	void partnershipsOfACompanyByAnyOfItsNames() {
		GraphQlTester.Response baidu = graphQl.documentName("partnerships").variable("company", "百度").execute();
		baidu.path("partnerships[?(@.region.name == '河南省')].partners[*].name")
			.entityList(String.class)
			.contains("郑州市公安局");
		List<Object> traditional = graphQl.documentName("partnerships")
			.variable("company", "騰訊")
			.execute()
			.path("partnerships")
			.entityList(Object.class)
			.get();
		graphQl.documentName("partnerships")
			.variable("company", "腾讯")
			.execute()
			.path("partnerships")
			.entityList(Object.class)
			.isEqualTo(traditional);
		graphQl.documentName("partnerships")
			.variables(Map.of("company", "阿里巴巴", "from", "2018-11-14"))
			.execute()
			.path("partnerships")
			.entityList(Object.class)
			.hasSize(0);
	}

}
