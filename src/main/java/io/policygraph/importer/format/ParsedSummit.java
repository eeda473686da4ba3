package io.policygraph.importer.format;

import java.time.LocalDate;

/**
 * A numbered summit of section 四 ({@code 1. 第五届世界互联网大会}).
 *
 * @param name the heading without its number, with the spaces the PDF conversion put next
 * to Chinese characters removed ({@code 2018广东互联网大会})
 * @param startDate first day, from {@code 于2018年11月7日至9日}, {@code 2018 年 11 月 2 日-3 日} or
 * {@code 于 10 月 18 日-19 日} (the year from the monitoring period when not printed);
 * {@code null} when the text gives no date (with a warning)
 * @param endDate last day; the start date for a one-day summit
 * @param city the place as printed in {@code 在…举行/开幕/召开}: {@code 浙江乌镇}, {@code 广州}; may
 * be {@code null} (with a warning)
 * @param theme the theme of {@code 以“…”为主题} or {@code 主题为“…”}, without the quotation
 * marks; may be {@code null} (with a warning)
 * @param text the summit's paragraphs separated by {@code \n}, lines split by page breaks
 * rejoined
 * @param line the 1-based line of the numbered heading
 */
public record ParsedSummit(String name, LocalDate startDate, LocalDate endDate, String city, String theme, String text,
		int line) {
}
