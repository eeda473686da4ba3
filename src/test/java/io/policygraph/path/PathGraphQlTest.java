package io.policygraph.path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import io.policygraph.support.GraphQlSliceTest;

/**
 * The path feature's controller (Query.path and Query.paths) on the seeded graph, without
 * HTTP.
 */
@GraphQlSliceTest
class PathGraphQlTest {

	@Autowired
	private GraphQlTester graphQl;

	@Test
	void pathFromBaiduToHenanGoesThroughZhengzhouWithItsEvidence() {
		GraphQlTester.Response path = graphQl.documentName("path")
			.variable("from", "百度")
			.variable("to", "河南省")
			.execute();
		path.path("path.nodes[*].id").entityList(String.class).hasSize(4).contains("baidu", "zhengzhou", "henan");
		path.path("path.nodes[0].id").entity(String.class).isEqualTo("baidu");
		path.path("path.nodes[3].id").entity(String.class).isEqualTo("henan");
		path.path("path.steps[*].evidence[0].id").entityList(String.class).contains("2018-11-s3-baidu-2");
		path.path("path.steps[0].from.id").entity(String.class).isEqualTo("baidu");
		graphQl.documentName("path")
			.variable("from", "百度")
			.variable("to", "河南省")
			.variable("maxHops", 2)
			.execute()
			.path("path")
			.valueIsNull();
	}

	@Test
	void pathsFromTencentToShaanxiBestEvidencedFirst() {
		GraphQlTester.Response paths = graphQl.documentName("paths")
			.variable("from", "Tencent")
			.variable("to", "Shaanxi")
			.variable("first", 10)
			.execute();
		paths.path("paths[0].nodes[*].id")
			.entityList(String.class)
			.containsExactly("tencent", "2018-11-s2-shaanxi-3", "xian", "shaanxi");
		paths.path("paths[1].nodes[*].id")
			.entityList(String.class)
			.containsExactly("tencent", "2018-11-s3-tencent-2", "xian", "shaanxi");
		paths.path("paths[0].steps[0].type").entity(String.class).isEqualTo("ACTOR_IN");
		paths.path("paths[0].steps[0].evidence[0].date").entity(String.class).isEqualTo("2018-11-06");
		paths.path("paths[0].steps[0].evidence[0].sourceUrl")
			.entity(String.class)
			.isEqualTo("http://www.ccn.com.cn/html/shanxi/shichangjianguan/2018/1106/372954.html");
	}

}
