package io.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.policygraph.support.HttpGraphQl;
import io.policygraph.support.PolicyGraphIT;
import tools.jackson.databind.JsonNode;

/** The questions analysts ask, answered over HTTP from the seeded 2018-11 report. */
@PolicyGraphIT
class AnalystQuestionsIT {

	@LocalServerPort
	int port;

	@Test
	void whichFirmsWorkedWithTianjinInWhatWhenAndAccordingToWhichSource() {
		JsonNode rows = data("partnerships", Map.of("region", "Tianjin", "kinds", List.of("CO_ACTION")))
			.get("partnerships");

		assertThat(rows.size()).isEqualTo(1);
		JsonNode row = rows.get(0);
		assertThat(row.get("kinds").toString()).isEqualTo("[\"CO_ACTION\"]");
		assertThat(row.at("/company/name").asString()).isEqualTo("阿里巴巴集团");
		assertThat(row.at("/region/name").asString()).isEqualTo("天津市");
		assertThat(names(row.get("via"))).containsExactly("阿里健康");
		assertThat(names(row.get("partners"))).containsExactly("天津市南开医院");
		assertThat(names(row.get("sectors"))).contains("医疗健康");
		assertThat(row.get("firstDate").asString()).isEqualTo("2018-10-22");
		assertThat(row.at("/initiatives/0/sourceUrl").asString())
			.isEqualTo("http://news.sina.com.cn/o/2018-10-22/doc-ihmuuiyy9046927.shtml");
	}

	@Test
	void withoutSubsidiariesTheSubsidiaryIsItsOwnRow() {
		JsonNode rows = data("partnerships",
				Map.of("region", "天津市", "includeSubsidiaries", false, "kinds", List.of("CO_ACTION")))
			.get("partnerships");
		assertThat(rows.valueStream().map(r -> r.at("/company/name").asString())).containsExactly("阿里健康");
	}

	@Test
	void citiesRollUpToTheirProvince() {
		JsonNode rows = data("partnerships", Map.of("company", "百度")).get("partnerships");
		assertThat(rows.valueStream().map(r -> r.at("/region/name").asString())).contains("河南省");
		JsonNode henan = rows.valueStream()
			.filter(r -> r.at("/region/name").asString().equals("河南省"))
			.findFirst()
			.orElseThrow();
		assertThat(names(henan.get("partners"))).contains("郑州市公安局");
		assertThat(henan.at("/initiatives/0/date").asString()).isEqualTo("2018-10-29");
	}

	@Test
	void aGroupCountsTheWorkOfItsSubsidiariesAndAFilterBySectorAndDatesNarrowsIt() {
		JsonNode alibaba = data("partnerships", Map.of("company", "阿里巴巴")).get("partnerships");
		assertThat(alibaba.valueStream().map(r -> r.at("/region/name").asString())).contains("天津市", "江西省", "广东省");
		JsonNode healthcare = data("partnerships",
				Map.of("company", "Alibaba", "sector", "医疗健康", "from", "2018-10-01", "to", "2018-10-31"))
			.get("partnerships");
		assertThat(healthcare.valueStream().map(r -> r.at("/region/name").asString())).containsExactly("天津市");
		assertThat(data("partnerships", Map.of("company", "阿里巴巴", "from", "2018-11-14")).get("partnerships")).isEmpty();
	}

	@Test
	void thePoliciesTheMinistryOfAgricultureIssued() {
		JsonNode policies = data("policies", Map.of("filter", Map.of("issuer", "农业农村部"))).get("policies");
		assertThat(policies.size()).isEqualTo(1);
		assertThat(policies.at("/0/title").asString()).isEqualTo("深入推进审批服务便民化工作实施方案");
		assertThat(policies.at("/0/date").asString()).isEqualTo("2018-11-06");
		assertThat(policies.at("/0/initiative/sourceUrl").asString())
			.isEqualTo("http://www.gov.cn/xinwen/2018-11/05/content_5337569.htm");
	}

	@Test
	void policiesOfARegionIncludeThoseOfItsBodiesAndCanBeFilteredByDate() {
		List<String> tianjin = titles(data("policies", Map.of("filter", Map.of("issuer", "天津"))).get("policies"));
		assertThat(tianjin).contains("天津市人民政府办公厅关于促进“互联网+医疗健康”发展的实施意见");
		List<String> healthcareInOctober = titles(
				data("policies", Map.of("filter", Map.of("sector", "医疗健康", "from", "2018-10-01", "to", "2018-10-31")))
					.get("policies"));
		assertThat(healthcareInOctober).contains("关于印发公立医院开展网络支付业务指导意见的通知")
			.doesNotContain("天津市人民政府办公厅关于促进“互联网+医疗健康”发展的实施意见");
	}

	@Test
	void thePathFromBaiduToHenanGoesThroughZhengzhouWithItsEvidence() {
		JsonNode path = data("path", Map.of("from", "百度", "to", "河南省")).get("path");
		List<String> nodes = path.get("nodes").valueStream().map(n -> n.get("id").asString()).toList();
		assertThat(nodes).first().isEqualTo("baidu");
		assertThat(nodes).last().isEqualTo("henan");
		assertThat(nodes).contains("zhengzhou").hasSize(4);
		assertThat(path.get("steps").valueStream().map(s -> s.at("/evidence/0/id").asString()))
			.contains("2018-11-s3-baidu-2");
		assertThat(path.at("/steps/0/from/id").asString()).isEqualTo("baidu");
	}

	@Test
	void noPathWithinTooFewHopsIsNull() {
		assertThat(data("path", Map.of("from", "百度", "to", "河南省", "maxHops", 2)).get("path").isNull()).isTrue();
	}

	@Test
	void initiativesInAProvinceIncludeItsCitiesAndFilterBySectorDateAndText() {
		JsonNode guangdong = data("initiatives", Map.of("filter", Map.of("region", "广东"))).get("initiatives");
		assertThat(guangdong.get("totalCount").asInt()).isEqualTo(3);
		assertThat(guangdong.get("edges").valueStream().map(e -> e.at("/node/region/name").asString())).contains("罗湖区",
				"广州市", "广东省");

		JsonNode tianjin = data("initiatives", Map.of("filter", Map.of("region", "天津市"))).get("initiatives");
		// four entries of 天津's row, and 阿里健康 with 南开医院 printed again in section 三
		assertThat(tianjin.get("totalCount").asInt()).isEqualTo(5);
		assertThat(tianjin.at("/edges/0/node/date").asString()).isEqualTo("2018-11-13");

		JsonNode healthcare = data("initiatives",
				Map.of("filter",
						Map.of("sector", "Healthcare", "from", "2018-11-01", "to", "2018-11-15", "text", "远程医疗")))
			.get("initiatives");
		assertThat(healthcare.get("edges").valueStream().map(e -> e.at("/node/id").asString()))
			.contains("2018-11-s2-shandong-2", "2018-11-s2-tianjin-4");
	}

	@Test
	void initiativesByActorIncludeTheActorsSubsidiaries() {
		JsonNode mobile = data("initiatives", Map.of("filter", Map.of("actor", "中国移动"))).get("initiatives");
		assertThat(mobile.get("edges").valueStream().map(e -> e.at("/node/id").asString()))
			.contains("2018-11-s3-china-mobile-1", "2018-11-s3-china-mobile-2", "2018-11-s3-china-mobile-3");
	}

	@Test
	void initiativesArePagedToTheEnd() {
		var seen = new HashSet<String>();
		String after = null;
		int pages = 0;
		JsonNode page;
		do {
			Map<String, Object> variables = after == null ? Map.of("first", 40) : Map.of("first", 40, "after", after);
			page = data("initiatives", variables).get("initiatives");
			page.get("edges").forEach(edge -> assertThat(seen.add(edge.at("/node/id").asString())).isTrue());
			after = page.at("/pageInfo/endCursor").asString();
			pages++;
		}
		while (page.at("/pageInfo/hasNextPage").asBoolean());
		assertThat(seen).hasSize(105);
		assertThat(pages).isEqualTo(3);
	}

	@Test
	void sectorsEventsReportsAndStatsAnswerFromTheReport() {
		JsonNode data = data("catalogue", Map.of());
		assertThat(data.get("sectors").valueStream().map(s -> s.get("name").asString())).contains("医疗健康", "政务服务",
				"工业互联网");
		JsonNode events = data.get("events");
		assertThat(events.valueStream().map(e -> e.get("name").asString())).containsExactly("第八届陕西省互联网大会",
				"2018广东互联网大会", "第五届世界互联网大会");
		JsonNode wic = events.get(2);
		assertThat(wic.get("startDate").asString()).isEqualTo("2018-11-07");
		assertThat(wic.at("/city/name").asString()).isEqualTo("乌镇");
		assertThat(wic.at("/city/province/name").asString()).isEqualTo("浙江省");
		assertThat(wic.get("figures").valueStream().map(JsonNode::asString)).contains("约1500名嘉宾");
		JsonNode report = data.at("/reports/0");
		assertThat(report.get("periodStart").asString()).isEqualTo("2018-10-16");
		assertThat(report.get("periodEnd").asString()).isEqualTo("2018-11-15");
		assertThat(report.at("/initiatives/totalCount").asInt()).isEqualTo(105);
		JsonNode byMonth = data.at("/stats/initiativesByMonth");
		assertThat(byMonth.valueStream().map(c -> c.get("name").asString())).containsExactly("2018-10", "2018-11");
		assertThat(byMonth.valueStream().mapToInt(c -> c.get("count").asInt()).sum()).isEqualTo(105);
		assertThat(data.at("/stats/initiativesByRegion")
			.valueStream()
			.filter(c -> c.get("name").asString().equals("天津市"))
			.map(c -> c.get("count").asInt())).containsExactly(5);
		assertThat(data.at("/stats/initiativesBySector/0/name").asString()).isEqualTo("政务服务");
	}

	private static List<String> names(JsonNode list) {
		return list.valueStream().map(n -> n.get("name").asString()).toList();
	}

	private static List<String> titles(JsonNode list) {
		return list.valueStream().map(n -> n.get("title").asString()).toList();
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

}
