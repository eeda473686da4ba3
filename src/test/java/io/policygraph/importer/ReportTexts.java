package io.policygraph.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 2018-11 report's text, and the same report moved a month later to stand for "next
 * month's".
 */
public final class ReportTexts {

	public static final Path NOVEMBER = ImporterSeed.NOVEMBER.resolve("internet-plus-monitoring-2018-11.txt");

	private static final Pattern DATE = Pattern.compile("(\\d{1,2})(\\s*)月(\\s*)(\\d{1,2})(\\s*)日");

	private static final Pattern TITLE_MONTH = Pattern.compile("\\((\\d{4}) 年 11 月\\)");

	private ReportTexts() {
	}

	public static String november() {
		try {
			return Files.readString(NOVEMBER);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Every "m 月 d 日" one month later (10 → 11, 11 → 12), and the title month with them.
	 */
	public static String december() {
		String text = TITLE_MONTH.matcher(november()).replaceFirst("($1 年 12 月)");
		Matcher matcher = DATE.matcher(text);
		var shifted = new StringBuilder();
		while (matcher.find()) {
			int month = Integer.parseInt(matcher.group(1));
			int next = month == 12 ? 1 : month + 1;
			// 10月31日 becomes 11月30日: November has no 31st
			int day = Math.min(Integer.parseInt(matcher.group(4)), YearMonth.of(2018, next).lengthOfMonth());
			String replacement = next + matcher.group(2) + "月" + matcher.group(3) + day + matcher.group(5) + "日";
			matcher.appendReplacement(shifted, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(shifted);
		return shifted.toString();
	}

}
