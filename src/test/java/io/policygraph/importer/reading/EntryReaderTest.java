package io.policygraph.importer.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.policygraph.importer.ImporterSeed;
import io.policygraph.graph.ActorRole;
import io.policygraph.importer.reading.EntryReader.Reading;
import io.policygraph.seed.GraphSeed;
import io.policygraph.seed.SeedReader;
import io.policygraph.seed.SeedRecords.Actor;
import io.policygraph.seed.SeedRecords.Initiative;
import io.policygraph.seed.SeedRecords.Partnership;

/** The entry reader against the curated reading of the 2018-11 report, entry by entry. */
class EntryReaderTest {

	static GraphSeed seed;

	static EntryReader reader;

	@BeforeAll
	static void setUp() {
		seed = new SeedReader().read(ImporterSeed.LOCATION);
		reader = new EntryReader(new Gazetteer(seed));
	}

	@Test
	void aBranchNamedAfterItsGroupAndRegionIsTheBranch() {
		Reading reading = reader.read(2, "beijing", "中国工商银行（简称工行）北京市分行率先在西单大悦城提供刷脸支付，成为银行业内首家正式大规模推广该项创新支付服务的银行。");
		assertThat(reading.actors()).containsExactly(new Actor("icbc-beijing", ActorRole.LEAD));
		assertThat(reading.region()).isEqualTo("beijing");
	}

	@Test
	void aCompanyAndItsPartnerInACity() {
		Reading reading = reader.read(2, "shaanxi", "腾讯公司与陕西省西安市食品药品监督管理局签订合作协议，推进“互联网+食药监管”。");
		assertThat(reading.actors()).extracting(Actor::id).containsExactly("tencent", "xian-food-drug-administration");
		assertThat(reading.partnerships()).contains(new Partnership("tencent", "xian-food-drug-administration"));
		assertThat(reading.region()).isEqualTo("xian");
		assertThat(reading.sectors()).contains("food-drug-regulation");
	}

	@Test
	void aMinistryIssuingADocument() {
		Reading reading = reader.read(1, "mara", "农业农村部印发《深入推进审批服务便民化工作实施方案》，推行网上审批。");
		assertThat(reading.actors()).containsExactly(new Actor("mara", ActorRole.ISSUER));
		assertThat(reading.titles()).containsExactly("深入推进审批服务便民化工作实施方案");
	}

	// The rules below, each on a sentence written for the test (not one of the report's),
	// so that they
	// are shown to hold beyond the entries they were first read from.

	@Test
	void aConjunctionInsideANameJoinsNoOne() {
		Reading reading = reader.read(2, "jiangsu", "江苏省人民医院获批国家远程医疗与互联网医学中心协作单位。");
		assertThat(reading.actors()).containsExactly(new Actor("jiangsu-province-hospital", ActorRole.LEAD),
				new Actor("national-telemedicine-center", ActorRole.PARTICIPANT));
		assertThat(reading.region()).isEqualTo("nanjing");
	}

	@Test
	void aBodyNamedAsBackgroundIsNoActor() {
		Reading reading = reader.read(2, "henan", "郑州市按照国务院要求，将企业开办时间压缩至3个工作日，群众办事更加便利。");
		assertThat(reading.actors()).containsExactly(new Actor("zhengzhou", ActorRole.LEAD));
		assertThat(reading.sectors()).containsExactly("government-services");
	}

	@Test
	void aCompanysAppCarryingAServiceTakesPartAndAPaymentOptionDoesNot() {
		Reading carried = reader.read(2, "gansu", "兰州市公积金查询等20项服务在支付宝上线，市民无需排队即可办理。");
		// the company takes part as the channel of the service, and is marked so
		assertThat(carried.actors()).containsExactly(new Actor("lanzhou", ActorRole.LEAD),
				new Actor("ant-financial", ActorRole.PARTICIPANT, true));
		Reading paying = reader.read(2, "hubei", "武汉市各医院已支持患者通过支付宝、微信等方式缴费，减少排队时间。");
		assertThat(paying.actors()).containsExactly(new Actor("wuhan", ActorRole.LEAD));
		assertThat(paying.sectors()).doesNotContain("finance");
	}

	@Test
	void anOpeningRegionLeadsOnlyWhenNoBodyActsInItsSentence() {
		Reading bureau = reader.read(2, "gansu", "甘肃九成涉税业务可在网上完成，甘肃省税务局表示将继续压缩办税时间。");
		assertThat(bureau.actors()).containsExactly(new Actor("gansu-tax-bureau", ActorRole.LEAD));
		Reading several = reader.read(2, "shaanxi", "陕西省人社系统持续推进社保业务网上办理。西安市人社局上线了养老资格认证服务；铜川市人社局开通了就业登记网上申请。");
		assertThat(several.actors()).containsExactlyInAnyOrder(new Actor("shaanxi", ActorRole.LEAD),
				new Actor("xian-hrss-bureau", ActorRole.LEAD), new Actor("tongchuan-hrss-bureau", ActorRole.LEAD));
		Reading working = reader.read(2, "guizhou", "贵州省与阿里巴巴签署合作协议，共同建设数字政府。");
		assertThat(working.actors()).containsExactly(new Actor("guizhou", ActorRole.LEAD),
				new Actor("alibaba-group", ActorRole.PARTNER));
	}

	@Test
	void aMinistryInARegionsRowTakesPartButDoesNotLead() {
		Reading reading = reader.read(2, "ningxia", "宁夏远程医疗平台入选工业和信息化部示范项目，已覆盖全区所有县级医院。");
		assertThat(reading.actors()).containsExactly(new Actor("ningxia", ActorRole.LEAD),
				new Actor("miit", ActorRole.PARTICIPANT));
	}

	@Test
	void severalPlacesOrTheWholeProvinceMakeItTheProvinces() {
		Reading places = reader.read(2, "hubei", "湖北推广智慧医疗，武汉、宜昌两地率先开通互联网医院。");
		assertThat(places.region()).isEqualTo("hubei");
		assertThat(places.actors()).containsExactly(new Actor("hubei", ActorRole.LEAD));
		Reading province = reader.read(2, "henan", "河南省公安厅召开全省“互联网+警务”推进会，郑州市公安局作经验交流。");
		assertThat(province.region()).isEqualTo("henan");
		Reading first = reader.read(2, "yunnan", "安宁市政务管理局在全省率先推出企业开办“一窗受理”。");
		assertThat(first.region()).isEqualTo("anning");
	}

	@Test
	void aCompanysSubsidiariesLeadUnlessTheEntryCreatesThem() {
		Reading acting = reader.read(3, "alibaba-group", "阿里巴巴宣布，阿里云将在杭州建设新的数据中心，服务长三角企业上云。");
		assertThat(acting.actors()).containsExactlyInAnyOrder(new Actor("alibaba-group", ActorRole.LEAD),
				new Actor("aliyun", ActorRole.LEAD));
		assertThat(acting.sectors()).contains("cloud-computing");
		Reading created = reader.read(3, "china-telecom", "中国电信宣布成立中国电信云计算公司，统筹集团云业务。");
		assertThat(created.actors()).containsExactly(new Actor("china-telecom", ActorRole.LEAD));
	}

	@Test
	void aNewBodysNameIsReadToItsSuffixPastAShorterRunThatIsNoName() {
		// 青岛市中心 ends in the suffix 中心 but is no name; 青岛市中心医院 is one
		Reading reading = reader.read(2, "shandong", "青岛市中心医院互联网医院正式上线，患者可在线复诊、购药。");
		assertThat(reading.actors()).singleElement().satisfies(actor -> {
			assertThat(seedName(actor.id())).isEqualTo("青岛市中心医院");
			assertThat(actor.role()).isEqualTo(ActorRole.LEAD);
		});
		assertThat(seedName(reading.region())).isEqualTo("青岛市");
	}

	private static String seedName(String id) {
		return reader.gazetteer().entity(id).name();
	}

	@Test
	void namesAndTermsAreReadAcrossQuotationMarks() {
		Reading reading = reader.read(3, "huawei", "华为在第五届“互联网之光”博览会上展示“智慧”“政务公开”解决方案。");
		assertThat(reading.region()).isEqualTo("wuzhen");
		assertThat(reading.sectors()).contains("government-services");
	}

	@Test
	void aCitedWebsiteNamesNoSectorAndABankBringsFinance() {
		Reading cited = reader.read(2, "hebei", "河北政务网发布《河北省促进“互联网+医疗健康”发展实施方案》。");
		assertThat(cited.sectors()).containsExactly("healthcare");
		Reading bank = reader.read(2, "chongqing", "重庆农商行推出乡村振兴专项产品，服务全市农户。");
		assertThat(bank.sectors()).containsExactlyInAnyOrder("agriculture", "finance");
	}

	/**
	 * How far the rules agree with the curated reading; printed for the review, with a
	 * floor that guards regressions.
	 */
	@Test
	void agreementWithTheCuratedReading() {
		List<Initiative> curated = seed.reports().get(0).initiatives();
		int region = 0, actors = 0, sectors = 0, lead = 0;
		for (Initiative initiative : curated) {
			Reading reading = reader.read(initiative.section(), initiative.row(), initiative.text());
			region += Objects.equals(reading.region(), initiative.region()) ? 1 : 0;
			actors += new HashSet<>(reading.actors()).equals(new HashSet<>(initiative.actors())) ? 1 : 0;
			sectors += new HashSet<>(reading.sectors()).equals(new HashSet<>(initiative.sectors())) ? 1 : 0;
			String curatedLead = initiative.actors().isEmpty() ? null : initiative.actors().get(0).id();
			lead += !reading.actors().isEmpty() && reading.actors().get(0).id().equals(curatedLead) ? 1 : 0;
		}
		int n = curated.size();
		System.out.printf(
				"entry reader vs curated seed (%d entries): region %d%%, first actor %d%%, actors %d%%, sectors %d%%%n",
				n, 100 * region / n, 100 * lead / n, 100 * actors / n, 100 * sectors / n);
		assertThat(100 * region / n).isGreaterThanOrEqualTo(97);
		assertThat(100 * lead / n).isGreaterThanOrEqualTo(97);
		assertThat(100 * actors / n).isGreaterThanOrEqualTo(95);
		assertThat(100 * sectors / n).isGreaterThanOrEqualTo(90);
	}

}
