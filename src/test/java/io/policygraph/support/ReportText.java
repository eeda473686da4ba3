package io.policygraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a monitoring report as printed, read independently of the graph-seed so
 * that tests can hold the curated data against its source: table rows, entry counts,
 * links and texts.
 */
public final class ReportText {

	/**
	 * An entry starts with its date, "10月22日，" or "10 月 22 日,", at the start of a cell or
	 * fragment.
	 */
	private static final Pattern ENTRY_DATE = Pattern.compile("(?:^|(?<=[\\s>]))\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*[，,]",
			Pattern.MULTILINE);

	private static final Pattern BULLET_DATE = Pattern.compile("➤\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日");

	private final String text;

	private ReportText(String text) {
		this.text = text;
	}

	public static ReportText read(Path file) {
		try {
			return new ReportText(Files.readString(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The report with HTML fragments and every kind of white space removed: split words
	 * and links rejoin.
	 */
	public String compact() {
		return compact(text);
	}

	public static String compact(String value) {
		return value.replaceAll("</?p>", "").replaceAll("\\s+", "");
	}

	/**
	 * The report's prose, compact and without its links: where a page break splits an
	 * entry, the link column stands between the two halves and must go for them to
	 * rejoin.
	 */
	public String compactProse() {
		return compact(text.replaceAll("https?://[^\\s<]+", ""));
	}

	/**
	 * Every link of sections 一 and 二 in report order. The link column is the last cell of
	 * each table line; a page break can split a link between a row and its continuation
	 * line, so the column is read as one stream and cut where each link starts.
	 */
	public List<String> links() {
		var column = new StringBuilder();
		for (String table : List.of(table("国家部委\t相关举措\t链接", "二、全国各省"), table("地区\t相关政策\t链接", "三、电信运营商"))) {
			for (String line : table.split("\n")) {
				String[] cells = line.split("\t", -1);
				if (cells.length >= 3 && !line.startsWith("--")) {
					column.append(cells[cells.length - 1]);
				}
			}
		}
		return Arrays.stream(compact(column.toString()).split("(?=https?://)"))
			.filter(link -> !link.isEmpty())
			.toList();
	}

	/** Section 一: entries per ministry row, in report order. */
	public Map<String, Integer> ministryEntries() {
		return countEntries(table("国家部委\t相关举措\t链接", "二、全国各省"), ENTRY_DATE);
	}

	/** Section 二: entries per region row, in report order. */
	public Map<String, Integer> regionEntries() {
		return countEntries(table("地区\t相关政策\t链接", "三、电信运营商"), ENTRY_DATE);
	}

	/** Section 三: bullets per company row, in report order. */
	public Map<String, Integer> companyEntries() {
		return countEntries(table("企业\t相关举措", "四、相关峰会"), BULLET_DATE);
	}

	private String table(String header, String next) {
		int start = text.indexOf(header);
		int end = text.indexOf(next, start);
		if (start < 0 || end < 0) {
			throw new IllegalStateException("No table '" + header + "' before '" + next + "'");
		}
		return text.substring(start + header.length(), end);
	}

	/**
	 * A row starts with its heading cell at the start of a line; lines that start with a
	 * tab continue it.
	 */
	private static Map<String, Integer> countEntries(String table, Pattern entryStart) {
		var rows = new LinkedHashMap<String, StringBuilder>();
		StringBuilder current = null;
		for (String line : table.split("\n")) {
			if (line.isBlank() || line.startsWith("--")) {
				continue;
			}
			if (!line.startsWith("\t")) {
				String heading = line.substring(0, Math.max(0, line.indexOf('\t')));
				current = rows.computeIfAbsent(heading.isEmpty() ? line.strip() : heading, h -> new StringBuilder());
				line = line.substring(heading.length());
			}
			if (current != null) {
				current.append(line).append('\n');
			}
		}
		var counts = new LinkedHashMap<String, Integer>();
		rows.forEach((heading, row) -> {
			Matcher matcher = entryStart.matcher(row);
			int count = 0;
			while (matcher.find()) {
				count++;
			}
			counts.put(heading, count);
		});
		return counts;
	}

}
