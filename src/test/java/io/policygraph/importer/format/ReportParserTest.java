package io.policygraph.importer.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.policygraph.importer.ReportFixture;
import io.policygraph.importer.ReportFixture.Curated;
import tools.jackson.databind.JsonNode;

/**
 * The 2018-11 report read by the parser, against its hand-curated reading (the importer
 * tests' frozen seed, ImporterSeed).
 */
class ReportParserTest {

	static ParsedReport report;

	@BeforeAll
	static void parse() {
		report = new ReportParser().parse(ReportFixture.bytes(), ReportFixture.FILE_NAME);
	}

	@Test
	void findsEveryDatedEntryOfTheThreeTables() {
		assertThat(report.entries()).hasSize(105);
		assertThat(report.entriesOf(1)).hasSize(4);
		assertThat(report.entriesOf(2)).hasSize(83);
		assertThat(report.entriesOf(3)).hasSize(18);
	}

	@Test
	void rowsHoldAsManyEntriesAsInTheCuratedSeed() {
		assertThat(rowSizes(report.entries().stream().map((e) -> e.section() + "/" + e.rowHeading()).toList()))
			.isEqualTo(rowSizes(
					ReportFixture.curatedInitiatives().stream().map((c) -> c.section() + "/" + c.row()).toList()));
		assertThat(report.entriesOf(2).get(0).rowHeading()).isEqualTo("北京市");
		assertThat(report.entriesOf(1).get(3).rowHeading()).isEqualTo("工信部、国务院扶贫办");
		assertThat(report.entries().stream().filter((e) -> e.rowHeading().equals("新疆"))).hasSize(3);
		assertThat(report.entriesOf(3).get(0).rowHeading()).isEqualTo("阿里巴巴");
	}

	/**
	 * Section, date, link and text (spaces aside) of each entry, in order; the mismatches
	 * are printed.
	 */
	@Test
	void everyEntryAgreesWithTheCuratedSeed() {
		List<Curated> curated = ReportFixture.curatedInitiatives();
		assertThat(report.entries()).hasSameSizeAs(curated);
		List<String> mismatches = new ArrayList<>();
		for (int i = 0; i < curated.size(); i++) {
			Curated expected = curated.get(i);
			ParsedEntry parsed = report.entries().get(i);
			List<String> differences = new ArrayList<>();
			if (expected.section() != parsed.section()) {
				differences.add("section " + parsed.section() + " instead of " + expected.section());
			}
			if (!LocalDate.parse(expected.date()).equals(parsed.date())) {
				differences.add("date " + parsed.date() + " instead of " + expected.date());
			}
			if (!Objects.equals(expected.sourceUrl(), parsed.sourceUrl())) {
				differences.add("link " + parsed.sourceUrl() + " instead of " + expected.sourceUrl());
			}
			if (!withoutSpaces(expected.text()).equals(withoutSpaces(parsed.text()))) {
				differences.add("text '" + parsed.text() + "' instead of '" + expected.text() + "'");
			}
			if (!differences.isEmpty()) {
				mismatches.add(expected.id() + " (line " + parsed.line() + "): " + String.join("; ", differences));
			}
		}
		System.out.printf("report parser vs curated seed: %d of %d entries agree%n", curated.size() - mismatches.size(),
				curated.size());
		mismatches.forEach(System.out::println);
		assertThat(mismatches).isEmpty();
	}

	@Test
	void entriesKnowTheirPositionAndLine() {
		ParsedEntry shanghaiThird = entry("上海市", 3);
		assertThat(shanghaiThird.number()).isEqualTo(3);
		assertThat(shanghaiThird.line()).isEqualTo(46);
		assertThat(shanghaiThird.date()).isEqualTo(LocalDate.of(2018, 11, 2));
		assertThat(report.entriesOf(3)).allSatisfy((e) -> assertThat(e.sourceUrl()).isNull());
		assertThat(report.entriesOf(2)).allSatisfy((e) -> assertThat(e.sourceUrl()).startsWith("http"));
	}

	@Test
	void aSentenceCutByAPageBreakRejoinsWithoutTheLinkColumnInBetween() {
		assertThat(entry("上海市", 1).text()).contains("在“一网通办”总门户新开通的市民主页").doesNotContain("http");
		assertThat(entry("重庆市", 3).text()).contains("助力全面打赢精准脱贫攻坚战");
		assertThat(entry("百度", 4).text()).endsWith("和用于训练算法的云端数据中心。");
		assertThat(entry("河北省", 2).text()).contains("《河北省2018年电子商务进农村综合示范工作方案》提出");
	}

	@Test
	void aLinkCutByAPageBreakIsWholeAgain() {
		assertThat(entry("重庆市", 3).sourceUrl())
			.isEqualTo("http://cq.people.com.cn/GB/365413/news/2018111/20181111616445199766.htm");
		assertThat(entry("重庆市", 4).sourceUrl()).isEqualTo("http://www.gov.cn/xinwen/2018-11/08/content_5338344.htm");
		assertThat(entry("甘肃省", 1).sourceUrl()).isEqualTo("http://gansu.gscn.com.cn/system/2018/11/02/012049413.shtml");
	}

	@Test
	void datesInsideASentenceStartNoEntry() {
		assertThat(entry("新疆", 1).text()).contains("截至10月25日,新疆纳税人");
		assertThat(entry("江西省", 2).text()).startsWith("江西一网通办小程序“赣服通”12日在支付宝上线");
	}

	@Test
	void htmlAndBulletsAreRemoved() {
		assertThat(report.entries()).allSatisfy((e) -> assertThat(e.text()).doesNotContain("<", ">", "➤", "\t")
			.isNotBlank()
			.isEqualTo(e.text().strip()));
		assertThat(entry("阿里巴巴", 1).text()).startsWith("阿里健康与南开医院共同探索");
	}

	@Test
	void readsTitleMonthPublisherAndPeriod() {
		JsonNode curated = ReportFixture.curatedReport();
		assertThat(report.title()).isEqualTo("“互联网+”发展情况舆情监测（2018年11月）").isEqualTo(curated.get("title").asString());
		assertThat(report.month()).isEqualTo(YearMonth.of(2018, 11));
		assertThat(report.publisher()).isEqualTo("中国信息通信研究院");
		assertThat(report.periodStart()).isEqualTo(LocalDate.of(2018, 10, 16));
		assertThat(report.periodEnd()).isEqualTo(LocalDate.of(2018, 11, 15));
	}

	@Test
	void readsTheSummaryParagraphAndItsRegionLists() {
		assertThat(report.summaryText()).startsWith("从监测结果来看")
			.isEqualTo(ReportFixture.curatedReport().get("summary").get("text").asString());
		assertThat(report.summaryGroups()).containsExactly(
				new SummaryGroup(List.of("吉林", "福建", "内蒙古", "宁夏"), "继续采取措施推动工业互联网发展"),
				new SummaryGroup(List.of("北京", "上海", "重庆", "河北", "江苏", "安徽", "湖南", "四川", "西藏"), "积极推进互联网+政务发展"),
				new SummaryGroup(List.of("天津", "山东", "福建", "山西", "广西"), "推出互联网+医疗发展的政策"),
				new SummaryGroup(List.of("北京", "天津", "广东", "湖北", "陕西", "江西", "新疆", "宁夏", "青海"), "分别与相关领域企业签署战略合作协议"),
				new SummaryGroup(List.of("上海", "天津", "黑龙江", "辽宁", "河北", "山东", "浙江", "福建", "安徽", "广东", "海南", "内蒙", "江西",
						"湖北", "湖南", "四川", "贵州", "云南", "青海"), "还推出了各类“互联网+”平台"));
	}

	@Test
	void readsTheThreeSummitsWithTheirDatesPlacesAndThemes() {
		assertThat(report.summits())
			.extracting(ParsedSummit::name, ParsedSummit::startDate, ParsedSummit::endDate, ParsedSummit::city,
					ParsedSummit::theme, ParsedSummit::line)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("第五届世界互联网大会", LocalDate.of(2018, 11, 7),
							LocalDate.of(2018, 11, 9), "浙江乌镇", "创造互信共治的数字世界——携手共建网络空间命运共同体", 109),
					org.assertj.core.groups.Tuple.tuple("2018广东互联网大会", LocalDate.of(2018, 11, 2),
							LocalDate.of(2018, 11, 3), "广州", "智能·融合·卓粤——数字经济新动能", 117),
					org.assertj.core.groups.Tuple.tuple("第八届陕西省互联网大会", LocalDate.of(2018, 10, 18),
							LocalDate.of(2018, 10, 19), "西安", "新时代·新经济·新智能", 123));
		List<String> curatedTexts = new ArrayList<>();
		ReportFixture.curatedEvents().forEach((event) -> curatedTexts.add(event.get("text").asString()));
		assertThat(report.summits()).extracting(ParsedSummit::text).containsExactlyElementsOf(curatedTexts);
		assertThat(report.summits().get(2).text()).doesNotContain("联系人", "Tel");
	}

	@Test
	void aDateJustBeforeThePeriodIsKeptWithAWarning() {
		ParsedEntry hunan = entry("湖南省", 1);
		assertThat(hunan.date()).isEqualTo(LocalDate.of(2018, 10, 15));
		assertThat(hunan.warnings()).singleElement()
			.asString()
			.startsWith("date 2018-10-15 outside the monitoring period");
		assertThat(report.warnings())
			.anySatisfy((w) -> assertThat(w).startsWith("line 74: section 二 row '湖南省' entry 1: ")
				.contains("date 2018-10-15 outside the monitoring period (2018-10-16 to 2018-11-15)"));
	}

	@Test
	void theOnlyWarningIsTheDateOutsideThePeriod() {
		assertThat(report.warnings()).hasSize(1);
		assertThat(report.entries().stream().filter((e) -> !e.warnings().isEmpty())).extracting(ParsedEntry::rowHeading)
			.containsExactly("湖南省");
	}

	private static ParsedEntry entry(String row, int number) {
		return ReportFixture.entry(report, row, number);
	}

	/** The sizes of the runs of equal keys: [a, a, b] gives [2, 1]. */
	static List<Integer> rowSizes(List<String> keys) {
		List<Integer> sizes = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			if (i == 0 || !keys.get(i).equals(keys.get(i - 1))) {
				sizes.add(0);
			}
			sizes.set(sizes.size() - 1, sizes.get(sizes.size() - 1) + 1);
		}
		return sizes;
	}

	static String withoutSpaces(String text) {
		return text.replaceAll("[\\s\\u00A0\\u3000]", "");
	}

}
