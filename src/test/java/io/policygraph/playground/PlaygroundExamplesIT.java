package io.policygraph.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.policygraph.support.HttpGraphQl;
import io.policygraph.support.PolicyGraphIT;
import io.policygraph.support.RawHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The saved examples, as the playground lists them, run against the API and held against
 * the report.
 */
@PolicyGraphIT
class PlaygroundExamplesIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@TestFactory
	Stream<DynamicTest> everyExampleAnswersWithDataAndNoErrors() {
		return examples().entrySet()
			.stream()
			.map(example -> DynamicTest.dynamicTest(example.getKey(), () -> assertAnswers(answer(example.getValue()))));
	}

	@Test
	void theTianjinExampleNamesAliHealthAndTheHospitalItWorkedWith() {
		JsonNode rows = run("companies-in-tianjin").at("/partnerships");

		assertThat(rows.toString()).contains("阿里健康", "天津市南开医院", "医疗健康", "2018-10-22");
	}

	@Test
	void thePartnershipsExampleRollsAliHealthsWorkInTianjinUpToItsGroup() {
		JsonNode rows = run("partnerships-by-province").at("/partnerships");

		assertThat(rows.valueStream()
			.filter(row -> row.at("/region/name").asString().equals("天津市"))
			.filter(row -> row.get("via").toString().contains("阿里健康"))).isNotEmpty();
	}

	@Test
	void theMinistryExampleListsThePlanForConvenientApprovalServices() {
		JsonNode policies = run("policies-of-a-ministry").at("/policies");

		assertThat(policies.findValuesAsString("title")).contains("深入推进审批服务便民化工作实施方案");
		assertThat(policies.toString()).contains("http://www.gov.cn/xinwen/2018-11/05/content_5337569.htm");
	}

	@Test
	void thePathExampleLeadsFromBaiduToHenanWithEvidence() {
		JsonNode path = run("path-from-baidu-to-henan").at("/path");
		JsonNode nodes = path.get("nodes");

		assertThat(nodes.get(0).get("id").asString()).isEqualTo("baidu");
		assertThat(nodes.get(nodes.size() - 1).get("id").asString()).isEqualTo("henan");
		assertThat(path.get("steps").size()).isEqualTo(nodes.size() - 1);
		assertThat(path.get("steps").valueStream().map(step -> step.at("/evidence/0/id").asString()))
			.contains("2018-11-s3-baidu-2");
	}

	@Test
	void thePathsExampleLeadsFromTencentToShaanxiThroughTheXianAgreementFirst() {
		JsonNode paths = run("paths-from-tencent-to-shaanxi").at("/paths");

		assertThat(paths.size()).isGreaterThan(1);
		assertThat(paths.at("/0/nodes").findValuesAsString("id")).containsExactly("tencent", "2018-11-s2-shaanxi-3",
				"xian", "shaanxi");
		assertThat(paths.at("/0/steps/0/evidence/0/sourceUrl").asString())
			.isEqualTo("http://www.ccn.com.cn/html/shanxi/shichangjianguan/2018/1106/372954.html");
		assertThat(paths.at("/0/steps/2/evidenced").asBoolean()).isFalse();
	}

	@Test
	void theSearchExampleFindsTheHealthcareSector() {
		assertThat(run("search-healthcare").at("/search").findValuesAsString("name")).contains("医疗健康");
	}

	@Test
	void theGuangdongExampleFindsLuohusGovernmentServiceEntry() {
		JsonNode data = run("guangdong-healthcare-and-government");

		assertThat(data.at("/governmentServices/edges").toString()).contains("罗湖区", "2018-10-19",
				"http://www.sz.gov.cn/sztt2010/jjhlwzwfw/cxal/201810/t20181019_14310607.htm");
	}

	@Test
	void theIcbcExampleFindsTheBankByItsShortNameWithItsBranches() {
		JsonNode bank = run("icbc-by-its-short-name").at("/entity");

		assertThat(bank.get("name").asString()).isEqualTo("中国工商银行");
		assertThat(bank.get("subsidiaries").findValuesAsString("name")).contains("中国工商银行北京市分行");
	}

	@Test
	void theStatsExampleCountsInitiativesBySectorRegionAndMonth() {
		JsonNode stats = run("initiatives-by-sector-region-and-month").at("/stats");

		assertThat(stats.get("initiativesBySector").findValuesAsString("name")).contains("政务服务", "医疗健康");
		assertThat(stats.get("initiativesByRegion").findValuesAsString("name")).contains("天津市", "广东省");
		assertThat(stats.get("initiativesByMonth").findValuesAsString("name")).contains("2018-10", "2018-11");
	}

	@Test
	void theSummitsExampleDescribesTheWorldInternetConferenceInWuzhen() {
		JsonNode wic = run("summits").at("/events")
			.valueStream()
			.filter(event -> event.get("name").asString().equals("第五届世界互联网大会"))
			.findFirst()
			.orElseThrow();

		assertThat(wic.at("/city/name").asString()).isEqualTo("乌镇");
		assertThat(wic.get("figures").toString()).contains("约1500名嘉宾");
		assertThat(wic.get("organizers").findValuesAsString("name")).contains("浙江省");
	}

	@Test
	void theProvinceExampleShowsHenanAndZhengzhou() {
		JsonNode henan = run("a-province-at-a-glance").at("/entity");

		assertThat(henan.get("name").asString()).isEqualTo("河南省");
		assertThat(henan.get("cities").findValuesAsString("name")).contains("郑州市");
	}

	@Test
	void theAlibabaExampleListsTheGroupsCompanies() {
		assertThat(run("alibaba-group-companies").at("/companies/edges").findValuesAsString("name")).contains("阿里巴巴集团",
				"阿里健康");
	}

	@Test
	void theEntryExampleShowsTheHospitalAsPartnerAndTheRepeatInSectionThree() {
		JsonNode entry = run("one-entry-and-its-evidence").at("/node");

		assertThat(entry.get("actors").toString()).contains("天津市南开医院");
		assertThat(entry.get("duplicates").size()).isEqualTo(1);
		assertThat(entry.at("/duplicates/0/section").asInt()).isEqualTo(3);
	}

	/**
	 * Data that is an object with every top-level field answered; errors already fail
	 * {@link #answer(String)}.
	 */
	private static void assertAnswers(JsonNode data) {
		assertThat(data != null && data.isObject() && !data.isEmpty()).as("data in %s", data).isTrue();
		data.properties().forEach(field -> {
			JsonNode value = field.getValue();
			assertThat(value.isNull() || value.isContainer() && value.isEmpty()).as("%s in %s", field.getKey(), data)
				.isFalse();
		});
	}

	private JsonNode run(String example) {
		String query = examples().get(example);
		assertThat(query).as("example %s", example).isNotNull();
		JsonNode data = answer(query);
		assertAnswers(data);
		return data;
	}

	/** The data of a query's answer; any GraphQL error fails the test. */
	private JsonNode answer(String query) {
		return HttpGraphQl.tester(this.port).document(query).execute().path("").entity(JsonNode.class).get();
	}

	/** The examples as the page gets them: id to query, in the playground's order. */
	private Map<String, String> examples() {
		JsonNode list = JSON.readTree(RawHttp.get(this.port, "/graphiql/examples").body());
		Map<String, String> examples = new LinkedHashMap<>();
		list.forEach(example -> examples.put(example.get("id").asString(), example.get("query").asString()));
		return examples;
	}

}
