package io.policygraph.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;

import io.policygraph.support.PolicyGraphIT;

/**
 * What a reader of the 2018-11 report finds when querying the loaded graph with Cypher
 * over Bolt.
 */
@PolicyGraphIT
class CuratedGraphIT {

	@Autowired
	Driver driver;

	@Test
	void everyCityAndDistrictLeadsUpToItsProvince() {
		List<Record> orphans = query(
				"""
						MATCH (r:Region) WHERE r.level IN ['CITY', 'DISTRICT']
						  AND NOT EXISTS { (r)-[:PART_OF*1..3]->(p:Region) WHERE p.level IN ['PROVINCE', 'MUNICIPALITY', 'AUTONOMOUS_REGION'] }
						RETURN r.name AS name
						""");
		assertThat(orphans).isEmpty();
		assertThat(strings("""
				MATCH (:Region {name: '乌镇'})-[:PART_OF*]->(p:Region) RETURN p.name AS name
				""")).contains("浙江省");
	}

	@Test
	void everyPartnershipTracesToAnEntryWhereBothPartiesActed() {
		List<Record> untraced = query("""
				MATCH (c:Company)-[p:PARTNERED_WITH]->(partner)
				WHERE NOT EXISTS {
				  MATCH (i:Initiative {id: p.initiativeId})
				  WHERE (c)-[:ACTOR_IN]->(i) AND (partner)-[:ACTOR_IN]->(i) AND i.date = p.date
				}
				RETURN c.name AS company, partner.name AS partner, p.initiativeId AS initiative
				""");
		assertThat(untraced).isEmpty();
	}

	@Test
	void theCompaniesThatWorkedInTianjinWithTheirSources() {
		List<Record> rows = query("""
				MATCH (c:Company)-[p:PARTNERED_WITH]->(partner)
				MATCH (i:Initiative {id: p.initiativeId})-[:IN_REGION]->(:Region {name: '天津市'})
				RETURN c.name AS company, partner.name AS partner, partner.aliases AS partnerAliases, i.date AS date,
				       i.sourceUrl AS url
				""");
		assertThat(rows).anySatisfy(row -> {
			assertThat(row.get("company").asString()).isEqualTo("阿里健康");
			assertThat(row.get("partner").asString()).isEqualTo("天津市南开医院");
			assertThat(row.get("partnerAliases").asList(v -> v.asString())).contains("南开医院");
			assertThat(row.get("date").asLocalDate()).isEqualTo(LocalDate.of(2018, 10, 22));
			assertThat(row.get("url").asString())
				.isEqualTo("http://news.sina.com.cn/o/2018-10-22/doc-ihmuuiyy9046927.shtml");
		});
		assertThat(strings("MATCH (:Company {name: '阿里健康'})-[:SUBSIDIARY_OF]->(g) RETURN g.name AS name"))
			.containsExactly("阿里巴巴集团");
	}

	@Test
	void theMinistryOfAgricultureIssuedItsPlanOnTheSixthOfNovember() {
		Record policy = query("""
				MATCH (m:Ministry {name: '农业农村部'})-[issued:ISSUED]->(p:Policy)<-[:ANNOUNCES]-(i:Initiative)
				RETURN p.title AS title, issued.date AS date, i.sourceUrl AS url
				""").get(0);
		assertThat(policy.get("title").asString()).isEqualTo("深入推进审批服务便民化工作实施方案");
		assertThat(policy.get("date").asLocalDate()).isEqualTo(LocalDate.of(2018, 11, 6));
		assertThat(policy.get("url").asString()).isEqualTo("http://www.gov.cn/xinwen/2018-11/05/content_5337569.htm");
	}

	@Test
	void baiduWorkedWithThePublicSecurityBureauOfZhengzhouInHenan() {
		List<String> provinces = strings(
				"""
						MATCH (:Company {name: '百度'})-[p:PARTNERED_WITH]->(o:Organization)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(r:Region)
						WHERE o.name = '郑州市公安局' AND r.level = 'PROVINCE'
						RETURN r.name AS name
						""");
		assertThat(provinces).containsExactly("河南省");
	}

	@Test
	void theThreeSummitsWithDatesCitiesAndOrganizers() {
		List<Record> events = query("""
				MATCH (e:Event)-[:HELD_IN]->(city:Region)
				RETURN e.name AS name, e.startDate AS start, e.endDate AS end, city.name AS city,
				       COLLECT { MATCH (o)-[:ORGANIZED {role: 'HOST'}]->(e) RETURN o.name ORDER BY o.name } AS hosts
				ORDER BY start
				""");
		assertThat(events).extracting(r -> r.get("name").asString())
			.containsExactly("第八届陕西省互联网大会", "2018广东互联网大会", "第五届世界互联网大会");
		Record wic = events.get(2);
		assertThat(wic.get("start").asLocalDate()).isEqualTo(LocalDate.of(2018, 11, 7));
		assertThat(wic.get("end").asLocalDate()).isEqualTo(LocalDate.of(2018, 11, 9));
		assertThat(wic.get("city").asString()).isEqualTo("乌镇");
		assertThat(wic.get("hosts").asList(v -> v.asString())).containsExactlyInAnyOrder("国家互联网信息办公室", "浙江省");
		assertThat(events.get(1).get("city").asString()).isEqualTo("广州市");
		assertThat(events.get(0).get("city").asString()).isEqualTo("西安市");
	}

	@Test
	void duplicatesAreLinkedToTheEntryTheyRepeat() {
		List<Record> duplicates = query("""
				MATCH (d:Initiative)-[:DUPLICATE_OF]->(o:Initiative)
				RETURN d.id AS duplicate, o.id AS original ORDER BY duplicate
				""");
		assertThat(duplicates).extracting(r -> Map.entry(r.get("duplicate").asString(), r.get("original").asString()))
			.contains(Map.entry("2018-11-s2-gansu-2", "2018-11-s2-gansu-1"),
					Map.entry("2018-11-s3-alibaba-group-1", "2018-11-s2-tianjin-2"),
					Map.entry("2018-11-s3-tencent-2", "2018-11-s2-shaanxi-3"));
	}

	@Test
	void aliasesNameTheSameNode() {
		assertThat(strings("MATCH (e:Entity) WHERE '工行' IN e.aliases RETURN e.name AS name")).containsExactly("中国工商银行");
		assertThat(strings("MATCH (e:Entity) WHERE '内蒙' IN e.aliases RETURN e.name AS name")).containsExactly("内蒙古自治区");
		assertThat(strings("MATCH (e:Entity) WHERE 'Tencent' IN e.aliases RETURN e.name AS name"))
			.containsExactly("腾讯");
	}

	@Test
	void theSummaryParagraphSaysWhichRegionsPromotedIndustrialInternet() {
		assertThat(strings("""
				MATCH (r:Region)-[:PROMOTES {source: 'summary'}]->(:Sector {name: '工业互联网'})
				RETURN r.name AS name ORDER BY name
				""")).containsExactlyInAnyOrder("吉林省", "福建省", "内蒙古自治区", "宁夏回族自治区");
	}

	@Test
	void everyInitiativeIsReportedInTheNovemberReport() {
		assertThat(strings("""
				MATCH (i:Initiative) WHERE NOT (i)-[:REPORTED_IN]->(:Report {id: 'caict-internet-plus-2018-11'})
				RETURN i.id AS name
				""")).isEmpty();
	}

	private List<Record> query(String cypher) {
		return driver.executableQuery(cypher).execute().records();
	}

	private List<String> strings(String cypher) {
		return query(cypher).stream().map(r -> r.get("name").asString()).toList();
	}

}
