package io.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import io.policygraph.support.HttpGraphQl;
import io.policygraph.support.PolicyGraphIT;

/**
 * Who worked where, by kind of link, over HTTP from the seeded 2018-11 report: firms
 * acting on their own count (a grid company's research, a bank branch's service),
 * products as service channels and summits only when asked; firms by their line of
 * business; the places a report names; the programme's own eleven actions.
 */
@PolicyGraphIT
class WhoWorkedWhereIT {

	@LocalServerPort
	int port;

	@Test
	void aFirmActingOnItsOwnInAProvinceWorkedThere() {
		JsonNode rows = data("partnerships", Map.of("region", "天津市")).get("partnerships");
		JsonNode grid = row(rows, "国家电网", "天津市");
		assertThat(grid.get("kinds").toString()).isEqualTo("[\"OWN_ACTIVITY\"]");
		assertThat(grid.at("/via/0/name").asString()).isEqualTo("国网天津市电力公司");
		assertThat(grid.at("/initiatives/0/id").asString()).isEqualTo("2018-11-s2-tianjin-1");
		assertThat(grid.at("/initiatives/0/date").asString()).isEqualTo("2018-10-16");
		assertThat(grid.at("/initiatives/0/sourceUrl").asString())
			.isEqualTo("http://www.chinapower.com.cn/tech/20181023/1252246.html");
		assertThat(grid.get("partners")).isEmpty();
		// the co-action of 阿里健康 with 南开医院 is still there, with its kind
		assertThat(row(rows, "阿里巴巴集团", "天津市").get("kinds").toString()).isEqualTo("[\"CO_ACTION\"]");
	}

	@Test
	void anEmptyListOfKindsIsABadRequestNamingTheArgument() {
		HttpGraphQl.tester(this.port)
			.document("{ partnerships(kinds: []) { company { name } } }")
			.execute()
			.errors()
			.satisfy(errors -> {
				assertThat(errors.get(0).getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(errors.get(0).getMessage()).contains("kinds");
			});
	}

	@Test
	void aProductAsAServiceChannelCountsOnlyWhenAskedFor() {
		JsonNode byDefault = data("partnerships", Map.of("region", "重庆市", "company", "蚂蚁金服")).get("partnerships");
		assertThat(byDefault).isEmpty();
		JsonNode channels = data("partnerships",
				Map.of("region", "重庆市", "company", "蚂蚁金服", "kinds", List.of("CHANNEL")))
			.get("partnerships");
		assertThat(channels.size()).isEqualTo(1);
		assertThat(channels.at("/0/kinds").toString()).isEqualTo("[\"CHANNEL\"]");
		assertThat(channels.at("/0/evidence/0/initiative/id").asString()).isEqualTo("2018-11-s2-chongqing-2");
		assertThat(channels.at("/0/initiatives/0/text").asString()).contains("可通过支付宝在线办理五十多项事项");
	}

	@Test
	void whichFinancialFirmsWorkedWithWhichProvinces() {
		JsonNode rows = data("partnerships", Map.of("businessSector", "金融")).get("partnerships");
		List<String> pairs = rows.valueStream()
			.map(row -> row.at("/company/name").asString() + "@" + row.at("/region/name").asString())
			.toList();
		assertThat(pairs).contains("中国工商银行@北京市", "中国工商银行@山东省", "中国工商银行@海南省", "重庆农村商业银行@重庆市", "广东省农村信用社联合社@广东省");
		assertThat(pairs).allMatch(pair -> !pair.startsWith("阿里巴巴集团") && !pair.startsWith("腾讯"));
		JsonNode beijing = row(rows, "中国工商银行", "北京市");
		assertThat(beijing.at("/via/0/name").asString()).isEqualTo("中国工商银行北京市分行");
		assertThat(beijing.at("/initiatives/0/sourceUrl").asString())
			.isEqualTo("http://epaper.bjnews.com.cn/html/2018-10/25/content_735651.htm?div=-1");
	}

	@Test
	void aRegionsPartnersAndACompanysRegionsFollowTheSameRule() {
		JsonNode beijing = query("{ entity(name: \"北京市\") { ... on Region { partners { name } } } }")
			.at("/entity/partners");
		assertThat(beijing.valueStream().map(p -> p.get("name").asString())).contains("中国工商银行北京市分行");
		JsonNode unicom = query("{ entity(name: \"湖北联通\") { ... on Company { regions { name } } } }")
			.at("/entity/regions");
		assertThat(unicom.valueStream().map(r -> r.get("name").asString())).containsExactly("湖北省");
		JsonNode banks = query(
				"{ companies(filter: {businessSector: \"金融\", region: \"北京市\"}) { edges { node { name } } } }")
			.at("/companies/edges");
		assertThat(banks.valueStream().map(e -> e.at("/node/name").asString())).containsExactly("中国工商银行北京市分行");
	}

	@Test
	void aFirmsLineOfBusinessIsItsOwnOrItsGroups() {
		JsonNode branch = query("{ entity(name: \"中国工商银行北京市分行\") { ... on Company { businessSectors { id name } } } }")
			.at("/entity/businessSectors");
		assertThat(branch.toString()).isEqualTo("[{\"id\":\"finance\",\"name\":\"金融\"}]");
		JsonNode tencent = query("{ entity(name: \"腾讯\") { ... on Company { businessSectors { id } } } }")
			.at("/entity/businessSectors");
		assertThat(tencent).isEmpty();
	}

	@Test
	void theCitiesAReportNamesLeaveOutThoseHeldOnlyForTheHierarchy() {
		JsonNode hubei = query("{ entity(name: \"湖北省\") { ... on Region { cities { name hierarchyOnly } } } }")
			.at("/entity/cities");
		// 黄陂区 and 红安县 are named (湖北's 10-26 entry); their cities 武汉市 and 黄冈市 only
		// complete the chain
		assertThat(hubei.valueStream().map(c -> c.get("name").asString())).containsExactlyInAnyOrder("宜昌市", "孝感市",
				"黄陂区", "红安县");
		JsonNode all = query("{ regions(level: CITY, includeHierarchyOnly: true) { name hierarchyOnly } }")
			.at("/regions");
		assertThat(all.valueStream()
			.filter(r -> r.get("name").asString().equals("黄冈市"))
			.findFirst()
			.orElseThrow()
			.get("hierarchyOnly")
			.asBoolean()).isTrue();
		assertThat(query("{ entity(name: \"国家电网\") { ... on Company { hierarchyOnly } } }").at("/entity/hierarchyOnly")
			.asBoolean()).isTrue();
		assertThat(
				query("{ entity(name: \"中国工商银行\") { ... on Company { hierarchyOnly } } }").at("/entity/hierarchyOnly")
					.asBoolean())
			.isFalse();
		JsonNode named = query("{ regions(level: CITY) { name } }").at("/regions");
		assertThat(named.valueStream().map(r -> r.get("name").asString())).contains("孝感市").doesNotContain("黄冈市", "武汉市");
	}

	@Test
	void entriesCountByTheElevenActionsOfTheProgramme() {
		JsonNode actions = query("{ programmeActions { action name sectors { id } initiatives regions } }")
			.at("/programmeActions");
		assertThat(actions.size()).isEqualTo(11);
		assertThat(actions.at("/0/action").asString()).isEqualTo("ENTREPRENEURSHIP_INNOVATION");
		JsonNode services = actions.valueStream()
			.filter(a -> a.get("action").asString().equals("PUBLIC_SERVICES"))
			.findFirst()
			.orElseThrow();
		assertThat(services.get("name").asString()).isEqualTo("益民服务");
		assertThat(services.get("sectors").toString()).contains("\"government-services\"", "\"healthcare\"",
				"\"tourism\"");
		assertThat(services.get("initiatives").asInt()).isGreaterThan(50);
		JsonNode finance = actions.valueStream()
			.filter(a -> a.get("action").asString().equals("INCLUSIVE_FINANCE"))
			.findFirst()
			.orElseThrow();
		assertThat(finance.get("sectors").toString()).isEqualTo("[{\"id\":\"finance\"}]");
		JsonNode tourism = query(
				"{ entity(name: \"旅游\") { ... on Sector { action initiatives { edges { node { id } } } } } }")
			.at("/entity");
		assertThat(tourism.get("action").asString()).isEqualTo("PUBLIC_SERVICES");
		assertThat(tourism.at("/initiatives/edges").valueStream().map(e -> e.at("/node/id").asString()))
			.contains("2018-11-s2-hubei-3", "2018-11-s3-china-unicom-2");
	}

	@Test
	void whoTookPartInTheWorldInternetConferenceAndWhoSpoke() {
		JsonNode wic = query("""
				{ entity(name: "世界互联网大会") { ... on Event {
				    participants { role entity { name } initiative { id date sourceUrl } }
				    speakers: participants(role: SPEAKER) { entity { name } initiative { text } }
				    organizers { role entity { name } }
				    measures { text measure value unit approximate } } } }
				""").at("/entity");
		assertThat(wic.get("participants")
			.valueStream()
			.map(p -> p.at("/entity/name").asString() + ":" + p.get("role").asString()))
			.containsExactlyInAnyOrder("腾讯:SPEAKER", "百度:EXHIBITOR", "中国电信:EXHIBITOR", "中国联通:EXHIBITOR");
		assertThat(wic.at("/speakers/0/entity/name").asString()).isEqualTo("腾讯");
		assertThat(wic.at("/speakers/0/initiative/text").asString()).contains("马化腾在第五届世界互联网大会开幕式演讲");
		assertThat(wic.get("organizers").valueStream().map(o -> o.at("/entity/name").asString())).contains("国家互联网信息办公室",
				"浙江省");
		JsonNode guests = wic.get("measures")
			.valueStream()
			.filter(m -> m.get("text").asString().equals("约1500名嘉宾"))
			.findFirst()
			.orElseThrow();
		assertThat(guests.get("measure").asString()).isEqualTo("ATTENDEES");
		assertThat(guests.get("value").asDouble()).isEqualTo(1500.0);
		assertThat(guests.get("approximate").asBoolean()).isTrue();
		assertThat(wic.get("measures")
			.valueStream()
			.filter(m -> m.get("measure").asString().equals("COUNTRIES_AND_REGIONS"))
			.findFirst()
			.orElseThrow()
			.get("value")
			.asDouble()).isEqualTo(76.0);
		JsonNode shaanxi = query(
				"{ entity(name: \"第八届陕西省互联网大会\") { ... on Event { participants(role: SPEAKER) { entity { name } } } } }")
			.at("/entity/participants");
		assertThat(shaanxi.valueStream().map(p -> p.at("/entity/name").asString())).containsExactlyInAnyOrder("小米",
				"百度", "华为");
	}

	@Test
	void aFirmsPresenceAtASummitIsAVenueLinkOnlyWhenAskedFor() {
		JsonNode rows = data("partnerships", Map.of("company", "中国联通", "kinds", List.of("VENUE"))).get("partnerships");
		JsonNode zhejiang = row(rows, "中国联通", "浙江省");
		assertThat(zhejiang.get("kinds").toString()).isEqualTo("[\"VENUE\"]");
		assertThat(zhejiang.at("/evidence/0/event/name").asString()).isEqualTo("第五届世界互联网大会");
		assertThat(data("partnerships", Map.of("company", "中国联通", "region", "浙江省")).get("partnerships")).isEmpty();
	}

	private static JsonNode row(JsonNode rows, String company, String region) {
		return rows.valueStream()
			.filter(row -> row.at("/company/name").asString().equals(company)
					&& row.at("/region/name").asString().equals(region))
			.findFirst()
			.orElseThrow(() -> new AssertionError(company + " @ " + region + " not in " + rows));
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
