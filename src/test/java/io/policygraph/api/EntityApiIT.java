package io.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.policygraph.support.HttpGraphQl;
import io.policygraph.support.PolicyGraphIT;
import tools.jackson.databind.JsonNode;

@PolicyGraphIT
class EntityApiIT {

	@LocalServerPort
	int port;

	@Test
	void aRegionIsFoundByItsChineseNameShortNameAndEnglishName() {
		for (String name : List.of("天津市", "天津", "Tianjin", "tianjin")) {
			JsonNode entity = data("entityByName", Map.of("name", name)).get("entity");
			assertThat(entity.get("id").asString()).as(name).isEqualTo("tianjin");
			assertThat(entity.get("__typename").asString()).isEqualTo("Region");
			assertThat(entity.get("level").asString()).isEqualTo("MUNICIPALITY");
		}
	}

	@Test
	void anAbbreviationResolvesToTheCompanyWithItsBranches() {
		JsonNode icbc = data("entityByName", Map.of("name", "工行")).get("entity");
		assertThat(icbc.get("name").asString()).isEqualTo("中国工商银行");
		assertThat(icbc.get("aliases").valueStream().map(JsonNode::asString)).contains("ICBC");
		assertThat(icbc.get("subsidiaries").valueStream().map(n -> n.get("name").asString())).contains("中国工商银行北京市分行",
				"中国工商银行烟台分行");
	}

	@Test
	void aGroupsInitiativesIncludeThoseOfItsBranches() {
		JsonNode icbc = query("""
				{ entity(name: "ICBC") { ... on Company { initiatives { totalCount edges { node { id } } } } } }
				""").at("/entity/initiatives");
		assertThat(icbc.get("totalCount").asInt()).isEqualTo(3);
		assertThat(icbc.get("edges").valueStream().map(e -> e.at("/node/id").asString()))
			.containsExactlyInAnyOrder("2018-11-s2-beijing-1", "2018-11-s2-shandong-1", "2018-11-s2-hainan-1");
	}

	@Test
	void anUnknownNameIsNullNotAnError() {
		assertThat(data("entityByName", Map.of("name", "Atlantis")).get("entity").isNull()).isTrue();
	}

	@Test
	void aCityKnowsItsProvince() {
		JsonNode harbin = data("entityByName", Map.of("name", "哈尔滨")).get("entity");
		assertThat(harbin.get("level").asString()).isEqualTo("CITY");
		assertThat(harbin.at("/province/name").asString()).isEqualTo("黑龙江省");
	}

	@Test
	void nodeFindsAnInitiativeWithItsSourceActorsAndDuplicates() {
		JsonNode initiative = data("node", Map.of("id", "2018-11-s2-tianjin-2")).get("node");
		assertThat(initiative.get("__typename").asString()).isEqualTo("Initiative");
		assertThat(initiative.get("date").asString()).isEqualTo("2018-10-22");
		assertThat(initiative.get("sourceUrl").asString())
			.isEqualTo("http://news.sina.com.cn/o/2018-10-22/doc-ihmuuiyy9046927.shtml");
		assertThat(initiative.at("/row/name").asString()).isEqualTo("天津市");
		assertThat(initiative.at("/partnerships/0/company/name").asString()).isEqualTo("阿里健康");
		assertThat(initiative.at("/partnerships/0/partner/name").asString()).isEqualTo("天津市南开医院");
		assertThat(initiative.get("duplicates").valueStream().map(n -> n.get("id").asString()))
			.containsExactly("2018-11-s3-alibaba-group-1");
		assertThat(initiative.at("/report/month").asString()).isEqualTo("2018-11");
	}

	@Test
	void nodeFindsARegionAndAPolicy() {
		JsonNode jilin = data("node", Map.of("id", "jilin")).get("node");
		assertThat(jilin.get("name").asString()).isEqualTo("吉林省");
		assertThat(jilin.get("promotedSectors").valueStream().map(n -> n.get("name").asString())).contains("工业互联网");
		assertThat(data("node", Map.of("id", "no-such-id")).get("node").isNull()).isTrue();
	}

	@Test
	void regionsListsAllThirtyOneProvinceLevelRegionsFirst() {
		JsonNode regions = data("regions", Map.of()).get("regions");
		List<String> levels = regions.valueStream().map(r -> r.get("level").asString()).toList();
		assertThat(levels.subList(0, 31)).doesNotContain("CITY", "DISTRICT");
		assertThat(levels.subList(31, levels.size())).containsOnly("CITY", "DISTRICT");
		assertThat(data("regions", Map.of("level", "AUTONOMOUS_REGION")).get("regions")
			.valueStream()
			.map(r -> r.get("name").asString()))
			.containsExactlyInAnyOrder("内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区");
	}

	@Test
	void companiesArePagedWithCursorsAndFiltered() {
		JsonNode first = data("companies", Map.of("first", 10)).get("companies");
		JsonNode second = data("companies", Map.of("first", 10, "after", first.at("/pageInfo/endCursor").asString()))
			.get("companies");
		List<String> page1 = ids(first);
		List<String> page2 = ids(second);
		assertThat(page1).hasSize(10).doesNotContainAnyElementsOf(page2);
		assertThat(first.at("/pageInfo/hasNextPage").asBoolean()).isTrue();
		assertThat(first.get("totalCount").asInt()).isEqualTo(second.get("totalCount").asInt()).isGreaterThan(20);

		JsonNode mobile = data("companies", Map.of("filter", Map.of("name", "移动"))).get("companies");
		assertThat(mobile.get("edges").valueStream().map(e -> e.at("/node/name").asString()))
			.containsExactlyInAnyOrder("中国移动", "中国移动南京分公司");
		JsonNode inTianjin = data("companies", Map.of("filter", Map.of("region", "天津"))).get("companies");
		assertThat(ids(inTianjin)).contains("alibaba-health");
	}

	private static List<String> ids(JsonNode connection) {
		return connection.get("edges").valueStream().map(e -> e.at("/node/id").asString()).toList();
	}

	/**
	 * Runs a document of {@code graphql-test/} and returns its data; any GraphQL error
	 * fails the test.
	 */
	private JsonNode data(String document, Map<String, Object> variables) {
		return HttpGraphQl.tester(this.port)
			.documentName(document)
			.variables(variables)
			.execute()
			.path("")
			.entity(JsonNode.class)
			.get();
	}

	/** Runs a GraphQL document and returns its data; any GraphQL error fails the test. */
	private JsonNode query(String document) {
		return HttpGraphQl.tester(this.port).document(document).execute().path("").entity(JsonNode.class).get();
	}

}
