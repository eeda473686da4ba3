package io.policygraph.entity;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import io.policygraph.support.GraphQlSliceTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The entity feature's controllers (Query.entity, regions, companies and the fields of
 * Region, Company and the other entities) on the seeded graph, without HTTP; with the
 * initiative feature, whose data loader pages an entity's initiatives.
 */
@GraphQlSliceTest(packages = { "io.policygraph.entity", "io.policygraph.initiative" })
class EntityGraphQlTest {

	@Autowired
	private GraphQlTester graphQl;

	@Test
	void entityFindsARegionByAnyOfItsNames() {
		for (String name : new String[] { "天津市", "天津", "Tianjin", "tianjin" }) {
			GraphQlTester.Response response = graphQl.documentName("entityByName").variable("name", name).execute();
			response.path("entity.id").entity(String.class).isEqualTo("tianjin");
			response.path("entity.__typename").entity(String.class).isEqualTo("Region");
			response.path("entity.level").entity(String.class).isEqualTo("MUNICIPALITY");
		}
	}

	@Test
	void entityIsNullForAnUnknownName() {
		graphQl.documentName("entityByName").variable("name", "Atlantis").execute().path("entity").valueIsNull();
	}

	@Test
	void regionFieldsOfACity() {
		GraphQlTester.Response harbin = graphQl.documentName("region").variable("name", "哈尔滨").execute();
		harbin.path("entity.level").entity(String.class).isEqualTo("CITY");
		harbin.path("entity.province.name").entity(String.class).isEqualTo("黑龙江省");
	}

	@Test
	void regionFieldsOfAProvince() {
		GraphQlTester.Response hubei = graphQl.documentName("region").variable("name", "湖北省").execute();
		// 黄陂区 and 红安县 are named (湖北's 10-26 entry); their cities 武汉市 and 黄冈市 only
		// complete the chain
		hubei.path("entity.cities[*].name")
			.entityList(String.class)
			.satisfies(names -> assertThat(names).containsExactlyInAnyOrder("宜昌市", "孝感市", "黄陂区", "红安县"));
		hubei.path("entity.cities[*].hierarchyOnly")
			.entityList(Boolean.class)
			.satisfies(flags -> assertThat(flags).containsOnly(false));
		GraphQlTester.Response beijing = graphQl.documentName("region").variable("name", "北京市").execute();
		beijing.path("entity.partners[*].name").entityList(String.class).contains("中国工商银行北京市分行");
		GraphQlTester.Response jilin = graphQl.documentName("region").variable("name", "吉林").execute();
		jilin.path("entity.promotedSectors[*].name").entityList(String.class).contains("工业互联网");
	}

	@Test
	void regionInitiativesWithTheirDatesAndSources() {
		GraphQlTester.Response tianjin = graphQl.documentName("region")
			.variable("name", "天津")
			.variable("first", 100)
			.execute();
		tianjin.path("entity.initiatives.totalCount").entity(Integer.class).isEqualTo(5);
		tianjin.path("entity.initiatives.edges[?(@.node.id == '2018-11-s2-tianjin-2')].node.date")
			.entityList(String.class)
			.containsExactly("2018-10-22");
		tianjin.path("entity.initiatives.edges[?(@.node.id == '2018-11-s2-tianjin-2')].node.sourceUrl")
			.entityList(String.class)
			.containsExactly("http://news.sina.com.cn/o/2018-10-22/doc-ihmuuiyy9046927.shtml");
	}

	@Test
	void companyFieldsOfAGroupAndItsBranches() {
		GraphQlTester.Response icbc = graphQl.documentName("company").variable("name", "工行").execute();
		icbc.path("entity.name").entity(String.class).isEqualTo("中国工商银行");
		icbc.path("entity.aliases").entityList(String.class).contains("ICBC");
		icbc.path("entity.hierarchyOnly").entity(Boolean.class).isEqualTo(false);
		icbc.path("entity.subsidiaries[*].name").entityList(String.class).contains("中国工商银行北京市分行", "中国工商银行烟台分行");
		icbc.path("entity.initiatives.totalCount").entity(Integer.class).isEqualTo(3);
		icbc.path("entity.initiatives.edges[*].node.id")
			.entityList(String.class)
			.satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder("2018-11-s2-beijing-1", "2018-11-s2-shandong-1",
					"2018-11-s2-hainan-1"));
		GraphQlTester.Response branch = graphQl.documentName("company").variable("name", "中国工商银行北京市分行").execute();
		branch.path("entity.parent.name").entity(String.class).isEqualTo("中国工商银行");
		branch.path("entity.businessSectors[*].name").entityList(String.class).contains("金融");
		graphQl.documentName("company")
			.variable("name", "湖北联通")
			.execute()
			.path("entity.regions[*].name")
			.entityList(String.class)
			.containsExactly("湖北省");
		graphQl.documentName("company")
			.variable("name", "国家电网")
			.execute()
			.path("entity.hierarchyOnly")
			.entity(Boolean.class)
			.isEqualTo(true);
	}

	@Test
	void regionsByLevel() {
		graphQl.documentName("regions")
			.variable("level", "AUTONOMOUS_REGION")
			.execute()
			.path("regions[*].name")
			.entityList(String.class)
			.satisfies(names -> assertThat(names).containsExactlyInAnyOrder("内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区",
					"新疆维吾尔自治区"));
	}

	@Test
	void companiesFilteredByNameAndRegion() {
		graphQl.documentName("companies")
			.variable("filter", Map.of("name", "移动"))
			.execute()
			.path("companies.edges[*].node.name")
			.entityList(String.class)
			.satisfies(names -> assertThat(names).containsExactlyInAnyOrder("中国移动", "中国移动南京分公司"));
		graphQl.documentName("companies")
			.variable("filter", Map.of("region", "天津"))
			.execute()
			.path("companies.edges[*].node.id")
			.entityList(String.class)
			.contains("alibaba-health");
	}

}
