package io.policygraph.importer.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import io.policygraph.importer.ReportFixture;

/**
 * Entries and links are matched in order; when their counts differ, the report says
 * where.
 */
class ReportLinksTest {

	private static final String BEIJING_SECOND = "http://www.xinhuanet.com/legal/2018-10/31/c_1123637893.htm";

	private static final String BEIJING_THIRD = "http://www.gov.cn/xinwen/2018-11/06/content_5337740.htm";

	@Test
	void aRowWithALinkMissingIsReadWithAWarningNamingTheRow() {
		String text = ReportFixture.replaceOnce(ReportFixture.text(), "\t" + BEIJING_SECOND, "\t");
		ParsedReport report = ReportFixture.parse(text);
		assertThat(report.entries()).hasSize(105);
		assertThat(report.warnings())
			.contains("line 41: section 二 row '北京市' has 3 entries but 2 links; links matched in order within the row");
		List<ParsedEntry> beijing = row(report, "北京市");
		assertThat(beijing).extracting(ParsedEntry::sourceUrl)
			.containsExactly("http://epaper.bjnews.com.cn/html/2018-10/25/content_735651.htm?div=-1", BEIJING_THIRD,
					null);
		assertThat(beijing.get(0).warnings()).containsExactly(
				"row '北京市' has 3 entries but 2 links: this entry's link was matched by position and may belong to another entry");
		assertThat(beijing.get(1).warnings()).containsExactly(
				"row '北京市' has 3 entries but 2 links: this entry's link was matched by position and may belong to another entry");
		assertThat(beijing.get(2).warnings())
			.containsExactly("row '北京市' has 3 entries but 2 links: no link left for this entry");
		assertThat(row(report, "上海市").get(0).sourceUrl())
			.isEqualTo("http://www.gov.cn/xinwen/2018-10/18/content_5332020.htm");
		assertThat(report.entriesOf(2).stream().filter((e) -> e.warnings().isEmpty()).map(ParsedEntry::sourceUrl))
			.hasSize(83 - 3 - 1)
			.doesNotContainNull();
	}

	@Test
	void aLinkMissingFromACellOfSeveralLinks() {
		String text = ReportFixture.replaceOnce(ReportFixture.text(),
				" http://www.cac.gov.cn/2018-10/29/c123629053.htm", "");
		ParsedReport report = ReportFixture.parse(text);
		assertThat(report.warnings())
			.anySatisfy((w) -> assertThat(w).startsWith("line 51: section 二 row '黑龙江省' has 3 entries but 2 links"));
		assertThat(row(report, "吉林省").get(0).sourceUrl())
			.isEqualTo("http://www.stdaily.com/02/jilin/2018-10/25/content_724397.shtml");
	}

	@Test
	void aLinkTooManyIsNamedInTheWarning() {
		String text = ReportFixture.replaceOnce(ReportFixture.text(), "\t" + BEIJING_SECOND,
				"\t" + BEIJING_SECOND + " http://example.org/extra");
		ParsedReport report = ReportFixture.parse(text);
		assertThat(report.warnings()).contains(
				"line 41: section 二 row '北京市' has 3 entries but 4 links; links matched in order within the row; links left over: "
						+ BEIJING_THIRD);
	}

	/**
	 * A link printed beside the next row: the table's counts agree, so the table's order
	 * decides.
	 */
	@Test
	void aLinkPrintedInTheNextRowStillFindsItsEntry() {
		String jilinSecond = "http://www.cinic.org.cn/zgzz/fc/455054.html";
		String text = ReportFixture.replaceOnce(ReportFixture.text(), " " + jilinSecond, "");
		text = ReportFixture.replaceOnce(text, "\thttp://house.china.com.apple/",
				"\t" + jilinSecond + " http://house.china.com.apple/");
		ParsedReport report = ReportFixture.parse(text);
		assertThat(row(report, "吉林省").get(1).sourceUrl()).isEqualTo(jilinSecond);
		assertThat(row(report, "吉林省").get(1).warnings())
			.containsExactly("link taken from row '辽宁省' in table order: the rows' entry and link counts differ");
		assertThat(row(report, "辽宁省").get(0).sourceUrl()).startsWith("http://house.china.com.apple/");
		assertThat(report.warnings()).contains(
				"line 52: section 二 row '吉林省' has 2 entries but 1 links; the table's counts agree, so links were matched in table order");
	}

	@Test
	void aRedirectInsideALinkIsNoNewLink() {
		String text = ReportFixture.replaceOnce(ReportFixture.text(),
				"\thttp://epaper.bjnews.com.cn/html/2018-10/25/content_735651.htm?div=-1",
				"\thttp://example.org/go?url=http://epaper.bjnews.com.cn/x.htm");
		ParsedReport report = ReportFixture.parse(text);
		assertThat(row(report, "北京市").get(0).sourceUrl())
			.isEqualTo("http://example.org/go?url=http://epaper.bjnews.com.cn/x.htm");
		assertThat(report.warnings()).hasSize(1);
	}

	private static List<ParsedEntry> row(ParsedReport report, String heading) {
		return ReportFixture.row(report, heading);
	}

}
