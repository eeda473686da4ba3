package io.policygraph.importer.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import io.policygraph.importer.ReportFixture;

/**
 * The format's rules hold for what page breaks and other conversions do to a report, and
 * for another month's report.
 */
class ReportLayoutTest {

	private static final ParsedReport PLAIN = ReportFixture.parse(ReportFixture.text());

	@Test
	void windowsLineEndsAByteOrderMarkAndFormFeedsChangeNothing() {
		String text = ReportFixture.replaceOnce(ReportFixture.text(), "\n\t<p>办”总门户", "\n\f\t<p>办”总门户");
		byte[] bytes = ("\uFEFF" + text.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
		ParsedReport report = new ReportParser().parse(bytes, "windows.txt");
		assertThat(report).isEqualTo(PLAIN);
	}

	@Test
	void aTableHeaderRepeatedAfterAPageBreakAndAPageNumberAreSkipped() {
		String text = ReportFixture.replaceOnce(ReportFixture.text(), "\n\t<p>办”总门户",
				"\n3\n\n地区\t相关政策\t链接\n\t<p>办”总门户");
		ParsedReport report = ReportFixture.parse(text);
		assertSameEntriesAsThePlainText(report);
		assertThat(report.warnings()).singleElement()
			.isEqualTo(PLAIN.warnings().get(0).replace("line 74:", "line 77:"));
	}

	@Test
	void aTableOfContentsWithoutPageNumbersIsNoSectionHeading() {
		String text = ReportFixture.text();
		for (String page : List.of("\t1\n", "\t2\n", "\t11\n", "\t12\n")) {
			text = ReportFixture.replaceOnce(text, page, "\n\n");
		}
		ParsedReport report = ReportFixture.parse(text);
		assertSameEntriesAsThePlainText(report);
		assertThat(report.summits()).hasSize(3);
	}

	@Test
	void aPageHeaderBetweenTheLinesOfATableOrAParagraphIsSkipped() {
		String text = ReportFixture.replaceOnce(ReportFixture.text(), "\n\t<p>办”总门户", "\nCAICT 中国信通院\n\t<p>办”总门户");
		text = ReportFixture.replaceOnce(text, "\n\t算法的云端数据中心", "\n\nCAICT 中国信通院\n\t算法的云端数据中心");
		text = ReportFixture.replaceOnce(text, "\n\n体验车、刷脸入场", "\n\nCAICT 中国信通院\n\n体验车、刷脸入场");
		ParsedReport report = ReportFixture.parse(text);
		assertSameEntriesAsThePlainText(report);
		assertThat(report.summits()).extracting(ParsedSummit::text)
			.isEqualTo(PLAIN.summits().stream().map(ParsedSummit::text).toList());
		assertThat(report.warnings()).contains("line 46: page header or footer 'CAICT 中国信通院' skipped");
	}

	/**
	 * A report of another month, written from the format alone: no table of contents,
	 * other rows, other summits.
	 */
	static final String MARCH_2019 = """
			“互联网+”发展情况舆情监测（2019年3月）
			中国信息通信研究院

			【舆情总结】
			本监测期（2月16日-3月15日），各地继续推进“互联网+”。

			一、国家部委“互联网+”政策落实情况
			国家部委\t相关举措\t链接
			工信部\t2月20日，工信部印发《工业互联网网络建设及推广指南》。 3月1日，工信部召开会议。\thttps://a.example/1 https://a.example/2

			二、全国各省“互联网+”政策落实情况
			从监测结果来看，各地继续推进。近期，浙江、江苏等积极推进数字政府建设；广东等地分别与企业签署协议，推动农业、交通等多个领域发展。
			地区\t相关政策\t链接
			浙江省\t<p>2月18日,浙江上线“浙里办”。</p>\t<p>http://b.example/zj/1</p>
			江苏省\t<p>3 月 2 日,江苏发布方案,截至 3 月 1 日,已有100项</p>\t<p>http://b.exa

			\t<p>服务上线。</p>\tmple/js/2</p>
			三、电信运营商及互联网相关企业参与情况
			企业\t相关举措
			腾讯\t<ul> ➤ 2月28号，腾讯与某市签约。 ➤ 3月5日，腾讯云发布新品。</ul>
			四、相关峰会
			（一）2019 中国数字经济大会
			2019 中国数字经济大会于3月10日在北京召开，大会主题为“数字赋能”。

			联系人：中国信通院
			""";

	@Test
	void aReportOfAnotherMonthFollowsTheSameRules() {
		ParsedReport report = ReportFixture.parse(MARCH_2019);
		assertThat(report.title()).isEqualTo("“互联网+”发展情况舆情监测（2019年3月）");
		assertThat(report.periodStart()).isEqualTo(LocalDate.of(2019, 2, 16));
		assertThat(report.periodEnd()).isEqualTo(LocalDate.of(2019, 3, 15));
		assertThat(report.entries())
			.extracting(ParsedEntry::section, ParsedEntry::rowHeading, ParsedEntry::number, ParsedEntry::date,
					ParsedEntry::text, ParsedEntry::sourceUrl)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(1, "工信部", 1, LocalDate.of(2019, 2, 20),
							"工信部印发《工业互联网网络建设及推广指南》。", "https://a.example/1"),
					org.assertj.core.groups.Tuple.tuple(1, "工信部", 2, LocalDate.of(2019, 3, 1), "工信部召开会议。",
							"https://a.example/2"),
					org.assertj.core.groups.Tuple.tuple(2, "浙江省", 1, LocalDate.of(2019, 2, 18), "浙江上线“浙里办”。",
							"http://b.example/zj/1"),
					org.assertj.core.groups.Tuple.tuple(2, "江苏省", 1, LocalDate.of(2019, 3, 2),
							"江苏发布方案,截至 3 月 1 日,已有100项服务上线。", "http://b.example/js/2"),
					org.assertj.core.groups.Tuple.tuple(3, "腾讯", 1, LocalDate.of(2019, 2, 28), "腾讯与某市签约。", null),
					org.assertj.core.groups.Tuple.tuple(3, "腾讯", 2, LocalDate.of(2019, 3, 5), "腾讯云发布新品。", null));
		assertThat(report.summaryGroups()).containsExactly(new SummaryGroup(List.of("浙江", "江苏"), "积极推进数字政府建设"),
				new SummaryGroup(List.of("广东"), "分别与企业签署协议"));
		assertThat(report.summits()).singleElement()
			.extracting(ParsedSummit::name, ParsedSummit::startDate, ParsedSummit::endDate, ParsedSummit::city,
					ParsedSummit::theme)
			.containsExactly("2019中国数字经济大会", LocalDate.of(2019, 3, 10), LocalDate.of(2019, 3, 10), "北京", "数字赋能");
		assertThat(report.warnings()).isEmpty();
	}

	/**
	 * The same entries, with the same dates, texts and links, as the report without the
	 * change.
	 */
	private static void assertSameEntriesAsThePlainText(ParsedReport report) {
		assertThat(report.entries())
			.extracting(ParsedEntry::rowHeading, ParsedEntry::date, ParsedEntry::text, ParsedEntry::sourceUrl)
			.isEqualTo(PLAIN.entries()
				.stream()
				.map((e) -> org.assertj.core.groups.Tuple.tuple(e.rowHeading(), e.date(), e.text(), e.sourceUrl()))
				.toList());
	}

}
