package io.policygraph.importer.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import io.policygraph.importer.ReportFixture;

/** Dates print month and day; the year comes from the monitoring period. */
class ReportDatesTest {

	/**
	 * The 2018-11 report moved to a period from December to January, with two entries
	 * dated in it.
	 */
	static String decemberToJanuary() {
		String text = ReportFixture.text();
		text = ReportFixture.replaceOnce(text, "(2018 年 11 月)", "(2019 年 1 月)");
		text = ReportFixture.replaceOnce(text, "（2018 年 10 月 16 日-2018 年 11 月 15 日）",
				"（2018 年 12 月 16 日-2019 年 1 月 15 日）");
		text = ReportFixture.replaceOnce(text, "10月17日，哈医大二院", "12 月 20 日，哈医大二院");
		text = ReportFixture.replaceOnce(text, "11月5日，作为2018年哈尔滨", "1 月 5 日，作为2018年哈尔滨");
		text = ReportFixture.replaceOnce(text, "➤ 11月7日，中国移动与云上贵州", "➤ 1月7日，中国移动与云上贵州");
		return text;
	}

	@Test
	void aPeriodFromDecemberToJanuaryPutsEachMonthInItsYear() {
		ParsedReport report = ReportFixture.parse(decemberToJanuary());
		assertThat(report.month()).isEqualTo(YearMonth.of(2019, 1));
		assertThat(report.title()).endsWith("（2019年1月）");
		assertThat(report.periodStart()).isEqualTo(LocalDate.of(2018, 12, 16));
		assertThat(report.periodEnd()).isEqualTo(LocalDate.of(2019, 1, 15));
		assertThat(ReportFixture.row(report, "黑龙江省")).extracting(ParsedEntry::date)
			.containsExactly(LocalDate.of(2018, 12, 20), LocalDate.of(2018, 10, 29), LocalDate.of(2019, 1, 5));
		ParsedEntry december = entry(report, "黑龙江省", 1);
		ParsedEntry january = entry(report, "黑龙江省", 3);
		assertThat(december.warnings()).isEmpty();
		assertThat(january.warnings()).isEmpty();
		assertThat(entry(report, "中国移动", 3).date()).isEqualTo(LocalDate.of(2019, 1, 7));
	}

	@Test
	void datesOutsideADecemberToJanuaryPeriodTakeTheNearestYear() {
		ParsedReport report = ReportFixture.parse(decemberToJanuary());
		ParsedEntry november = entry(report, "国务院办公厅", 1);
		assertThat(november.date()).isEqualTo(LocalDate.of(2018, 11, 9));
		assertThat(november.warnings())
			.containsExactly("date 2018-11-09 outside the monitoring period (2018-12-16 to 2019-01-15)");
		assertThat(report.summits()).extracting(ParsedSummit::startDate)
			.containsExactly(LocalDate.of(2018, 11, 7), LocalDate.of(2018, 11, 2), LocalDate.of(2018, 10, 18));
	}

	@Test
	void aMonthAndDayTakeTheYearOfThePeriodOrTheNearest() {
		MonitoringPeriod period = new MonitoringPeriod(LocalDate.of(2018, 12, 16), LocalDate.of(2019, 1, 15));
		assertThat(period.dateOf(12, 31)).isEqualTo(LocalDate.of(2018, 12, 31));
		assertThat(period.dateOf(1, 1)).isEqualTo(LocalDate.of(2019, 1, 1));
		assertThat(period.dateOf(12, 15)).isEqualTo(LocalDate.of(2018, 12, 15));
		assertThat(period.dateOf(1, 16)).isEqualTo(LocalDate.of(2019, 1, 16));
		assertThat(period.dateOf(2020, 3, 1)).isEqualTo(LocalDate.of(2020, 3, 1));
		assertThat(period.outside(LocalDate.of(2018, 12, 16))).isNull();
		assertThat(period.outside(LocalDate.of(2018, 12, 15)))
			.isEqualTo("date 2018-12-15 outside the monitoring period (2018-12-16 to 2019-01-15)");
		MonitoringPeriod leapYear = new MonitoringPeriod(LocalDate.of(2020, 2, 16), LocalDate.of(2020, 3, 15));
		assertThat(leapYear.dateOf(2, 29)).isEqualTo(LocalDate.of(2020, 2, 29));
		assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> leapYear.dateOf(2, 30));
	}

	@Test
	void aPrintedYearIsKept() {
		String text = ReportFixture.replaceOnce(ReportFixture.text(), "11月12日，郑州市城市管理局", "2017年11月12日，郑州市城市管理局");
		ParsedEntry zhengzhou = entry(ReportFixture.parse(text), "河南省", 3);
		assertThat(zhengzhou.date()).isEqualTo(LocalDate.of(2017, 11, 12));
		assertThat(zhengzhou.text()).startsWith("郑州市城市管理局");
		assertThat(zhengzhou.warnings()).singleElement().asString().startsWith("date 2017-11-12 outside");
	}

	@Test
	void anImpossibleEntryDateIsAFormatError() {
		String text = ReportFixture.replaceOnce(ReportFixture.text(), "11月12日，郑州市城市管理局", "11月31日，郑州市城市管理局");
		assertThatExceptionOfType(ReportFormatException.class).isThrownBy(() -> ReportFixture.parse(text))
			.withMessage("line 71: the entry date '11月31日' is not a valid date");
	}

	@Test
	void aTitleMonthThatIsNotTheMonthThePeriodEndsIsAWarning() {
		String text = ReportFixture.replaceOnce(ReportFixture.text(), "(2018 年 11 月)", "(2018 年 12 月)");
		assertThat(ReportFixture.parse(text).warnings())
			.contains("line 5: the title's month 2018-12 is not the month the monitoring period ends (2018-11-15)");
	}

	@Test
	void thePeriodMayUseFullOrHalfWidthBracketsAndOmitTheSecondYear() {
		String text = ReportFixture.replaceOnce(ReportFixture.text(), "本监测期内（2018 年 10 月 16 日-2018 年 11 月 15 日）",
				"本监测期内(2018年10月16日—11月15日)");
		ParsedReport report = ReportFixture.parse(text);
		assertThat(report.periodStart()).isEqualTo(LocalDate.of(2018, 10, 16));
		assertThat(report.periodEnd()).isEqualTo(LocalDate.of(2018, 11, 15));
	}

	private static ParsedEntry entry(ParsedReport report, String row, int number) {
		return ReportFixture.entry(report, row, number);
	}

}
