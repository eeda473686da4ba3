package io.policygraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.policygraph.graph.RegionLevel;
import io.policygraph.importer.format.ParsedReport;
import io.policygraph.importer.format.ReportParser;
import io.policygraph.importer.seeding.ReportImporter;
import io.policygraph.seed.GraphSeed;
import io.policygraph.seed.SeedRecords.Company;
import io.policygraph.seed.SeedRecords.Event;
import io.policygraph.seed.SeedRecords.Initiative;
import io.policygraph.seed.SeedRecords.Ministry;
import io.policygraph.seed.SeedRecords.Named;
import io.policygraph.seed.SeedRecords.Organization;
import io.policygraph.seed.SeedRecords.Policy;
import io.policygraph.seed.SeedRecords.Region;

/**
 * The small reports of src/test/resources/importer/cases/ (one kind of fault each, month
 * 2019-03), read as a careful curator reads them (the table in that folder's README). A
 * body the seed lacks is named here by its name; the test checks it was proposed as a
 * candidate of the right kind.
 */
class ImporterCasesTest {

	static Map<String, byte[]> seed;

	@BeforeAll
	static void readSeed() throws IOException {
		seed = ImportCommand.readSeed(ImporterSeed.FOLDER);
	}

	@Test
	void aSectorTermNeverSwallowsABodysName() throws IOException {
		Case imported = read("sector-term-shadows-name");
		Ministry ministry = imported.candidate("水利部", Ministry.class);
		assertThat(imported.actors("2019-02-19")).containsExactly(ministry.id() + ":ISSUER");
		assertThat(imported.policy("关于推进智慧水文监测站网建设的通知").issuers()).containsExactly(ministry.id());
		Organization bureau = imported.candidate("长沙市水利局", Organization.class);
		assertThat(bureau.region()).isEqualTo("changsha");
		assertThat(imported.actors("2019-02-26")).containsExactly(bureau.id() + ":LEAD");
		assertThat(imported.entry("2019-02-26").region()).isEqualTo("changsha");
		Company cloud = imported.candidate("百度云", Company.class);
		assertThat(cloud.parent()).isEqualTo("baidu");
		assertThat(imported.actors("2019-02-27")).containsExactly(cloud.id() + ":LEAD");
		assertThat(imported.entry("2019-02-27").region()).isEqualTo("changsha");
	}

	@Test
	void aNationalBodysNameInsideALocalBodysNameIsTheLocalBody() throws IOException {
		Case imported = read("national-alias-inside-local-name");
		Organization hunan = imported.candidate("湖南省卫健委", Organization.class);
		assertThat(hunan.region()).isEqualTo("hunan");
		assertThat(imported.actors("2019-02-18")).containsExactly(hunan.id() + ":ISSUER");
		assertThat(imported.policy("湖南省互联网医院管理实施细则").issuers()).containsExactly(hunan.id());
		Organization hebei = imported.candidate("河北省网信办", Organization.class);
		assertThat(imported.actors("2019-02-22", 2)).containsExactly(hebei.id() + ":LEAD");
		Organization henan = imported.candidate("国家税务总局河南省税务局", Organization.class);
		assertThat(henan.region()).isEqualTo("henan");
		assertThat(imported.actors("2019-02-28")).containsExactly(henan.id() + ":LEAD");
	}

	@Test
	void unknownCitiesAndSummitCitiesAreProposedWithTheirProvince() throws IOException {
		Case imported = read("unknown-places-not-candidates");
		Region zhuzhou = imported.candidate("株洲市", Region.class);
		assertThat(zhuzhou.level()).isEqualTo(RegionLevel.CITY);
		assertThat(zhuzhou.partOf()).isEqualTo("hunan");
		assertThat(imported.actors("2019-02-20", 2)).containsExactly(zhuzhou.id() + ":ISSUER");
		assertThat(imported.entry("2019-02-20", 2).region()).isEqualTo(zhuzhou.id());
		assertThat(imported.policy("株洲市工业互联网发展三年行动计划").issuers()).containsExactly(zhuzhou.id());
		Region yibin = imported.candidate("宜宾市", Region.class);
		assertThat(yibin.partOf()).isEqualTo("sichuan");
		assertThat(imported.actors("2019-02-23")).containsExactlyInAnyOrder(yibin.id() + ":LEAD", "huawei:PARTNER");
		assertThat(imported.entry("2019-02-23").partnerships())
			.anyMatch(p -> p.company().equals("huawei") && p.partner().equals(yibin.id()));
		assertThat(imported.entry("2019-02-23").region()).isEqualTo(yibin.id());
		Region xiangyang = imported.candidate("襄阳市", Region.class);
		assertThat(imported.actors("2019-03-01")).containsExactlyInAnyOrder("wuhan:LEAD", xiangyang.id() + ":LEAD");
		assertThat(imported.entry("2019-03-01").region()).isEqualTo("hubei");
		Region dongguan = imported.candidate("东莞市", Region.class);
		assertThat(dongguan.partOf()).isEqualTo("guangdong");
		assertThat(imported.entry("2019-02-24").region()).isEqualTo(dongguan.id());
		Region shaoxing = imported.candidate("绍兴市", Region.class);
		assertThat(shaoxing.partOf()).isEqualTo("zhejiang");
		assertThat(imported.event("2019 钱塘数字论坛").city()).isEqualTo(shaoxing.id());
	}

	@Test
	void unknownFirmsAndBranchesAreProposedWhole() throws IOException {
		Case imported = read("unknown-companies-not-candidates");
		Company meituan = imported.candidate("美团", Company.class);
		assertThat(imported.actors("2019-02-21", 2)).containsExactlyInAnyOrder("changsha:LEAD",
				meituan.id() + ":PARTNER");
		Company ccb = imported.candidate("中国建设银行", Company.class);
		Company ccbHunan = imported.candidate("中国建设银行湖南省分行", Company.class);
		assertThat(ccbHunan.parent()).isEqualTo(ccb.id());
		assertThat(ccbHunan.region()).isEqualTo("hunan");
		assertThat(imported.actors("2019-02-26")).containsExactly(ccbHunan.id() + ":LEAD");
		Company psbcHubei = imported.candidate("中国邮政储蓄银行湖北省分行", Company.class);
		assertThat(imported.actors("2019-02-27")).containsExactlyInAnyOrder(psbcHubei.id() + ":LEAD", "wuhan:PARTNER");
		Company hubeiMobile = imported.candidate("湖北移动", Company.class);
		assertThat(hubeiMobile.parent()).isEqualTo("china-mobile");
		assertThat(imported.actors("2019-03-02")).containsExactlyInAnyOrder(hubeiMobile.id() + ":LEAD",
				"wuhan:PARTNER");
		Initiative again = imported.entry("2019-02-21", 3);
		assertThat(imported.actors("2019-02-21", 3)).containsExactlyInAnyOrder(meituan.id() + ":LEAD",
				"changsha:PARTNER");
		assertThat(again.duplicateOf()).isEqualTo(imported.entry("2019-02-21", 2).id());
	}

	@Test
	void newBodiesLeadPartnerAndIssueLikeKnownOnes() throws IOException {
		Case imported = read("candidate-bodies-only-participants");
		Organization commerce = imported.candidate("湖南省商务厅", Organization.class);
		assertThat(imported.actors("2019-02-25")).containsExactly(commerce.id() + ":LEAD");
		assertThat(imported.entry("2019-02-25").region()).isEqualTo("hunan");
		assertThat(imported.policy("湖南省跨境电商发展行动方案").issuers()).containsExactly(commerce.id());
		Organization science = imported.candidate("湖南省科学技术厅", Organization.class);
		assertThat(imported.actors("2019-02-27")).containsExactlyInAnyOrder(science.id() + ":LEAD", "aliyun:PARTNER");
		assertThat(imported.entry("2019-02-27").partnerships())
			.anyMatch(p -> p.company().equals("aliyun") && p.partner().equals(science.id()));
	}

	@Test
	void aRegionNamedAsTheOtherPartyIsAPartnerWithOrWithoutItsGovernment() throws IOException {
		Case imported = read("region-counterpart-without-government");
		assertThat(imported.actors("2019-02-20", 2)).containsExactlyInAnyOrder("huawei:LEAD", "wuhan:PARTNER");
		assertThat(imported.actors("2019-02-24")).containsExactlyInAnyOrder("xiaomi:LEAD", "wuhan:PARTNER");
		assertThat(imported.actors("2019-02-28")).containsExactlyInAnyOrder("xiaomi:LEAD", "hubei:PARTNER");
	}

	@Test
	void summitHostsAreTheBodiesNamedAndFiguresAreRead() throws IOException {
		Case imported = read("summit-hosts-and-figures");
		Organization commission = imported.candidate("湖南省经济和信息化委员会", Organization.class);
		Event summit = imported.event("2019 湘江数字大会");
		Organization association = imported.candidate("湖南省互联网协会", Organization.class);
		assertThat(summit.organizers()).extracting(o -> o.id() + ":" + o.role())
			.containsExactlyInAnyOrder(commission.id() + ":HOST", "changsha:HOST", association.id() + ":ORGANIZER");
		assertThat(summit.figures()).contains("600余名嘉宾", "签约项目20个");
		assertThat(summit.city()).isEqualTo("changsha");
	}

	@Test
	void anUnknownMinistryIsAMinistryCandidateAndTheImportSucceeds() throws IOException {
		Case imported = read("unknown-ministry-becomes-organization");
		Ministry energy = imported.candidate("国家能源局", Ministry.class);
		Ministry patents = imported.candidate("国家知识产权局", Ministry.class);
		assertThat(imported.policy("关于开展居民区充电设施在线运营试点的通知").issuers()).containsExactly(energy.id());
		assertThat(imported.policy("专利电子申请服务规范").issuers()).containsExactly(patents.id());
		assertThat(imported.entry("2019-03-06").row()).isEqualTo(patents.id());
	}

	@Test
	void anEntryCutOffMidWordGetsANote() throws IOException {
		Case imported = read("truncated-entry-not-flagged");
		assertThat(imported.entry("2019-02-20", 1).notes()).anyMatch(note -> note.contains("网上办理报"));
		assertThat(imported.entry("2019-02-22").notes()).anyMatch(note -> note.contains("数据分析服"));
		assertThat(imported.entry("2019-02-21").notes()).isEmpty();
	}

	@Test
	void aFirmActingAloneIsReadInItsPlace() throws IOException {
		Case imported = read("solo-firm-not-a-partnership");
		assertThat(imported.actors("2019-02-26")).containsExactly("hubei-unicom:LEAD");
		assertThat(imported.entry("2019-02-26").region()).isEqualTo("wuhan");
		assertThat(imported.actors("2019-02-22")).containsExactly("huawei:LEAD");
		assertThat(imported.entry("2019-02-22").region()).isEqualTo("changsha");
	}

	private static Case read(String name) throws IOException {
		Path file = Path.of("src/test/resources/importer/cases", name + ".txt");
		ParsedReport parsed = new ReportParser().parse(Files.readAllBytes(file), file.getFileName().toString());
		return new Case(new ReportImporter(seed, parsed.month()).importReport(parsed, file.getFileName().toString()));
	}

	/** One imported case, with look-ups by date and name. */
	private record Case(ReportImporter.Result result) {

		Initiative entry(String date) {
			List<Initiative> on = result.report()
				.initiatives()
				.stream()
				.filter(i -> i.date().toString().equals(date))
				.toList();
			assertThat(on).as("entries of " + date).hasSize(1);
			return on.get(0);
		}

		Initiative entry(String date, int section) {
			return result.report()
				.initiatives()
				.stream()
				.filter(i -> i.date().toString().equals(date) && i.section() == section)
				.findFirst()
				.orElseThrow();
		}

		Set<String> actors(String date) {
			return roles(entry(date));
		}

		Set<String> actors(String date, int section) {
			return roles(entry(date, section));
		}

		private static Set<String> roles(Initiative initiative) {
			return initiative.actors()
				.stream()
				.map(a -> a.id() + ":" + a.role())
				.collect(Collectors.toCollection(TreeSet::new));
		}

		Policy policy(String title) {
			return result.report().policies().stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
		}

		Event event(String name) {
			return result.report()
				.events()
				.stream()
				.filter(e -> e.name().equals(name.replace(" ", "")) || e.name().equals(name))
				.findFirst()
				.orElseThrow();
		}

		<T extends Named> T candidate(String name, Class<T> kind) {
			GraphSeed seed = result.seed();
			Named found = Stream.of(seed.ministries(), seed.regions(), seed.companies(), seed.organizations())
				.flatMap(List::stream)
				.filter(named -> named.name().equals(name))
				.findFirst()
				.orElse(null);
			assertThat(found).as(name + " proposed as a candidate").isInstanceOf(kind);
			assertThat(result.newEntities()).as("candidates").anyMatch(entry -> entry.startsWith(name + " ("));
			return kind.cast(found);
		}

	}

}
