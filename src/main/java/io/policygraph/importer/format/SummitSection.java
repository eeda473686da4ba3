package io.policygraph.importer.format;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.importer.format.PrintedText.Paragraph;
import io.policygraph.importer.format.ReportSections.Section;

/**
 * Reads section 四: numbered summits ({@code 1. 第五届世界互联网大会}), each with its paragraphs up
 * to the next numbered heading or the contact footer ({@code 联系人：…}). The dates, the
 * place and the theme come from the summit's text.
 */
final class SummitSection {

	/** {@code 1. …}, {@code 1、…}, {@code (1) …}, {@code （一）…} */
	private static final Pattern NUMBERED = Pattern
		.compile("^\\s*[(（]?\\s*(\\d{1,2}|[" + ReportSections.NUMERALS + "]{1,2})\\s*[.．、)）]\\s*(\\S.*?)\\s*$");

	private static final int LONGEST_NAME = 60;

	private static final Pattern FOOTER = Pattern
		.compile("^\\s*(?:联系人|联系方式|联系电话|电话|邮箱|Tel|TEL|Email|E-mail|EMAIL)\\s*[:：].*$");

	private static final Pattern DATES = Pattern.compile("(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"
			+ "(?:\\s*(?:至|到|-|－|—|–|~|～)\\s*(?:(\\d{4})\\s*年\\s*)?(?:(\\d{1,2})\\s*月\\s*)?(\\d{1,2})\\s*日)?");

	private static final Pattern CITY = Pattern
		.compile("在\\s*([^\\s，,。；;、“”\"（）()：:]{1,12}?)\\s*(?:隆重|盛大|正式)?\\s*(?:举行|开幕|召开|举办|闭幕|落幕|启幕|拉开帷幕)");

	private static final Pattern THEME = Pattern.compile("以\\s*[“\"「『]([^”\"」』]{1,80})[”\"」』]\\s*为(?:大会|本届大会|会议)?主题"
			+ "|主题(?:为|是)\\s*[:：]?\\s*[“\"「『]([^”\"」』]{1,80})[”\"」』]");

	private SummitSection() {
	}

	static List<ParsedSummit> read(ReportLines lines, Section section, MonitoringPeriod period, List<String> warnings) {
		int end = section.last();
		for (int n = section.first(); n <= section.last(); n++) {
			if (FOOTER.matcher(lines.get(n)).matches()) {
				end = n - 1;
				break;
			}
		}
		List<Integer> headings = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (int n = section.first(); n <= end; n++) {
			Matcher m = NUMBERED.matcher(lines.get(n));
			if (m.matches() && number(m.group(1)) == headings.size() + 1 && m.group(2).length() <= LONGEST_NAME
					&& !m.group(2).contains("。")) {
				headings.add(n);
				names.add(PrintedText.compact(m.group(2)));
			}
		}
		if (headings.isEmpty()) {
			if (lines.nextNonBlank(section.first(), end) > 0) {
				warnings.add("line %d: %s has text but no numbered summit ('1. …')".formatted(section.heading(),
						section.name()));
			}
			return List.of();
		}
		List<ParsedSummit> summits = new ArrayList<>();
		for (int i = 0; i < headings.size(); i++) {
			int line = headings.get(i);
			int last = (i + 1 < headings.size()) ? headings.get(i + 1) - 1 : end;
			List<String> paragraphs = PrintedText.paragraphs(lines, line + 1, last)
				.stream()
				.map(Paragraph::text)
				.toList();
			summits.add(summit(names.get(i), String.join("\n", paragraphs), line, period, warnings));
		}
		return summits;
	}

	private static ParsedSummit summit(String name, String text, int line, MonitoringPeriod period,
			List<String> warnings) {
		LocalDate start = null;
		LocalDate end = null;
		int searchCityFrom = 0;
		Matcher dates = DATES.matcher(text);
		if (dates.find()) {
			try {
				start = period.dateOf(number(dates, 1), number(dates, 2), number(dates, 3));
				end = endDate(dates, start);
				searchCityFrom = dates.end();
			}
			catch (DateTimeException ex) {
				warnings.add("line %d: summit '%s': '%s' is not a valid date".formatted(line, name, dates.group()));
				start = null;
				end = null;
			}
		}
		else {
			warnings.add("line %d: summit '%s': no date found".formatted(line, name));
		}
		if (start != null && end.isBefore(start)) {
			warnings.add("line %d: summit '%s': it ends (%s) before it starts (%s)".formatted(line, name, end, start));
		}
		if (start != null && period.outside(start) != null) {
			warnings.add("line %d: summit '%s': start %s".formatted(line, name, period.outside(start)));
		}
		String city = city(text, searchCityFrom);
		if (city == null) {
			warnings.add("line %d: summit '%s': no place found (在…举行)".formatted(line, name));
		}
		Matcher theme = THEME.matcher(text);
		String printedTheme = null;
		if (theme.find()) {
			printedTheme = PrintedText.trim((theme.group(1) != null) ? theme.group(1) : theme.group(2));
		}
		else {
			warnings.add("line %d: summit '%s': no theme found (以“…”为主题, 主题为“…”)".formatted(line, name));
		}
		return new ParsedSummit(name, start, end, city, printedTheme, text, line);
	}

	private static LocalDate endDate(Matcher dates, LocalDate start) {
		if (dates.group(6) == null) {
			return start;
		}
		int month = (dates.group(5) != null) ? Integer.parseInt(dates.group(5)) : start.getMonthValue();
		int year = (dates.group(4) != null) ? Integer.parseInt(dates.group(4))
				: (month < start.getMonthValue()) ? start.getYear() + 1 : start.getYear();
		return LocalDate.of(year, month, Integer.parseInt(dates.group(6)));
	}

	private static String city(String text, int from) {
		Matcher city = CITY.matcher(text);
		if (city.find(from) || city.find(0)) {
			return city.group(1);
		}
		return null;
	}

	private static int number(String printed) {
		return Character.isDigit(printed.charAt(0)) ? Integer.parseInt(printed) : ReportSections.number(printed);
	}

	private static Integer number(Matcher m, int group) {
		return (m.group(group) != null) ? Integer.valueOf(m.group(group)) : null;
	}

}
