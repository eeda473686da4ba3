package io.policygraph.importer.format;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * One monthly report as printed, before any entity is recognised.
 *
 * @param title the title lines at the top, joined, with the spaces the PDF conversion put
 * next to Chinese characters removed and the month in full-width brackets:
 * {@code “互联网+”发展情况舆情监测（2018年11月）}
 * @param publisher the line under the title ({@code 中国信息通信研究院}); {@code null} when
 * missing (with a warning)
 * @param month the month of the title {@code (2018 年 11 月)}
 * @param periodStart first day of the monitoring period ({@code 本监测期内（…-…）})
 * @param periodEnd last day of the monitoring period
 * @param summaryText the paragraph(s) of section 二 before its table, as printed,
 * paragraphs separated by {@code \n}; empty when the section has none (with a warning)
 * @param summaryGroups the region lists of that summary paragraph, in order
 * @param entries the dated entries of sections 一, 二 and 三, in report order
 * @param summits the numbered summits of section 四, in order
 * @param warnings everything the parser read but found doubtful (dates outside the
 * period, link counts that differ from entry counts, text it skipped), each naming its
 * line; the warnings of the entries are repeated here
 */
public record ParsedReport(String title, String publisher, YearMonth month, LocalDate periodStart, LocalDate periodEnd,
		String summaryText, List<SummaryGroup> summaryGroups, List<ParsedEntry> entries, List<ParsedSummit> summits,
		List<String> warnings) {

	public ParsedReport {
		summaryGroups = (summaryGroups != null) ? List.copyOf(summaryGroups) : List.of();
		entries = (entries != null) ? List.copyOf(entries) : List.of();
		summits = (summits != null) ? List.copyOf(summits) : List.of();
		warnings = (warnings != null) ? List.copyOf(warnings) : List.of();
	}

	/** The entries of one section (1, 2 or 3), in report order. */
	public List<ParsedEntry> entriesOf(int section) {
		return entries.stream().filter((entry) -> entry.section() == section).toList();
	}

}
