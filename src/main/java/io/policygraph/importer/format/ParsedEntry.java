package io.policygraph.importer.format;

import java.time.LocalDate;
import java.util.List;

/**
 * One dated entry of the tables of sections 一 (ministries), 二 (regions) and 三
 * (companies).
 *
 * @param section 1, 2 or 3
 * @param number 1-based position within its table row
 * @param rowHeading the first cell of the table row as printed: {@code 新疆},
 * {@code 工信部、国务院扶贫办}, {@code 阿里巴巴}
 * @param date the entry's date; the year comes from the monitoring period unless printed
 * @param text the entry as printed without its leading date and the comma after it; HTML
 * tags, entities and bullets removed, and text split by page breaks rejoined
 * @param sourceUrl the link printed for the entry, rejoined where a page break split it;
 * {@code null} in tables without a link column (section 三) or when no link was left for
 * it
 * @param line the 1-based line where the entry's date is printed
 * @param warnings doubts about this entry (date outside the monitoring period, link
 * matched by position only, no link)
 */
public record ParsedEntry(int section, int number, String rowHeading, LocalDate date, String text, String sourceUrl,
		int line, List<String> warnings) {

	public ParsedEntry {
		warnings = (warnings != null) ? List.copyOf(warnings) : List.of();
	}

}
