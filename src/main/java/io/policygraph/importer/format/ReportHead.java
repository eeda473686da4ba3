package io.policygraph.importer.format;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the top of a report says: the title with its month, the publisher under it, and
 * the monitoring period of the 舆情总结.
 *
 * @param lastLine the last line of the title block; the sections are looked for after it
 */
record ReportHead(String title, String publisher, YearMonth month, MonitoringPeriod period, int lastLine) {

	/** The word every title of the series carries. */
	static final String SERIES_MARK = "舆情监测";

	private static final int TITLE_SEARCH_LINES = 8;

	private static final Pattern MONTH = Pattern.compile("[(（]?\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月份?\\s*[)）]?");

	/** The first day: year (optional), month, day. */
	private static final String START_DAY = "(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日";

	/** The last day: year and month optional. */
	private static final String END_DAY = "(?:(\\d{4})\\s*年\\s*)?(?:(\\d{1,2})\\s*月\\s*)?(\\d{1,2})\\s*日";

	private static final Pattern PERIOD = Pattern
		.compile("监测期\\s*[内间]?\\s*[（(]\\s*" + START_DAY + "\\s*(?:[-－—–~～]+|至|到)\\s*" + END_DAY + "\\s*[）)]");

	private static final Pattern NOT_A_PUBLISHER = Pattern.compile("^(【.*|目录|[一二三四五六七八九十]+、.*|.*[。，].*)$");

	static ReportHead read(ReportLines lines, List<String> warnings) {
		List<Integer> first = firstNonBlankLines(lines);
		if (first.isEmpty()) {
			throw new ReportFormatException(1, "the file holds only whitespace");
		}
		int titleLine = first.stream()
			.filter((n) -> lines.get(n).contains(SERIES_MARK))
			.findFirst()
			.orElseThrow(() -> new ReportFormatException(first.get(0),
					"not a CAICT “互联网+” monitoring report: none of its first lines is a title with " + SERIES_MARK
							+ " (it starts with '" + snippet(lines.get(first.get(0))) + "')"));
		int titleStart = titleLine;
		while (titleStart > 1 && !lines.isBlank(titleStart - 1)) {
			titleStart--;
		}
		int monthLine = monthLine(lines, titleLine);
		Matcher month = MONTH.matcher(lines.get(monthLine));
		month.find();
		YearMonth reportMonth = yearMonth(month, monthLine);
		String title = title(lines, titleStart, monthLine, month, reportMonth);
		String publisher = publisher(lines, monthLine, warnings);
		MonitoringPeriod period = period(lines, titleLine, reportMonth);
		if (!YearMonth.from(period.end()).equals(reportMonth)) {
			warnings.add("line %d: the title's month %s is not the month the monitoring period ends (%s)"
				.formatted(monthLine, reportMonth, period.end()));
		}
		return new ReportHead(title, publisher, reportMonth, period, monthLine);
	}

	/** The line of the title or one of the two lines under it that gives the month. */
	private static int monthLine(ReportLines lines, int titleLine) {
		for (int n = titleLine, seen = 0; n <= lines.count() && seen < 3; n++) {
			if (!lines.isBlank(n)) {
				seen++;
				if (MONTH.matcher(lines.get(n)).find()) {
					return n;
				}
			}
		}
		throw new ReportFormatException(titleLine,
				"no report month such as '(2018 年 11 月)' under the title '" + snippet(lines.get(titleLine)) + "'");
	}

	private static List<Integer> firstNonBlankLines(ReportLines lines) {
		List<Integer> first = new ArrayList<>();
		for (int n = 1; n <= lines.count() && first.size() < TITLE_SEARCH_LINES; n++) {
			if (!lines.isBlank(n)) {
				first.add(n);
			}
		}
		return first;
	}

	private static YearMonth yearMonth(Matcher month, int line) {
		try {
			return YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
		}
		catch (DateTimeException ex) {
			throw new ReportFormatException(line, "the title's month '" + month.group() + "' is not a valid month");
		}
	}

	private static String title(ReportLines lines, int from, int monthLine, Matcher month, YearMonth reportMonth) {
		StringBuilder title = new StringBuilder();
		for (int n = from; n <= monthLine; n++) {
			String line = lines.get(n);
			if (n == monthLine) {
				line = line.substring(0, month.start()) + line.substring(month.end());
			}
			title.append(' ').append(line);
		}
		return PrintedText.compact(title.toString()) + "（" + reportMonth.getYear() + "年" + reportMonth.getMonthValue()
				+ "月）";
	}

	private static String publisher(ReportLines lines, int monthLine, List<String> warnings) {
		int n = lines.nextNonBlank(monthLine + 1, lines.count());
		if (n > 0) {
			String candidate = PrintedText.compact(lines.get(n));
			if (candidate.length() <= 30 && !lines.get(n).contains("\t")
					&& !NOT_A_PUBLISHER.matcher(candidate).matches()) {
				return candidate;
			}
		}
		warnings.add("line %d: no publisher line under the title".formatted(monthLine));
		return null;
	}

	/**
	 * The period as printed; a year it leaves out is the year of the other end, or, when
	 * neither has one, the year of the title's month.
	 */
	private static MonitoringPeriod period(ReportLines lines, int titleLine, YearMonth reportMonth) {
		String text = lines.text();
		Matcher m = PERIOD.matcher(text);
		if (!m.find()) {
			int summary = text.indexOf("舆情总结");
			throw new ReportFormatException((summary >= 0) ? lines.lineAt(summary) : titleLine,
					"no monitoring period: expected a sentence such as 本监测期内（2018 年 10 月 16 日-2018 年 11 月 15 日）");
		}
		int line = lines.lineAt(m.start());
		try {
			int startMonth = number(m, 2);
			int endMonth = (m.group(5) != null) ? number(m, 5) : startMonth;
			int startYear;
			int endYear;
			if (m.group(1) != null) {
				startYear = number(m, 1);
				endYear = (m.group(4) != null) ? number(m, 4) : (endMonth < startMonth) ? startYear + 1 : startYear;
			}
			else {
				endYear = (m.group(4) != null) ? number(m, 4) : reportMonth.getYear();
				startYear = (startMonth > endMonth) ? endYear - 1 : endYear;
			}
			LocalDate start = LocalDate.of(startYear, startMonth, number(m, 3));
			LocalDate end = LocalDate.of(endYear, endMonth, number(m, 6));
			if (end.isBefore(start)) {
				throw new ReportFormatException(line,
						"the monitoring period '" + m.group() + "' ends before it starts");
			}
			return new MonitoringPeriod(start, end);
		}
		catch (DateTimeException ex) {
			throw new ReportFormatException(line,
					"the monitoring period '" + m.group() + "' is not a valid date range");
		}
	}

	private static int number(Matcher m, int group) {
		return Integer.parseInt(m.group(group));
	}

	static String snippet(String text) {
		String plain = PrintedText.trim(text.replace('\t', ' '));
		return (plain.length() <= 40) ? plain : plain.substring(0, 40) + "…";
	}

}
