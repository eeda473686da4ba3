package io.policygraph.importer.format;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.error.RequestDeadline;
import io.policygraph.importer.format.PrintedText.Paragraph;
import io.policygraph.importer.format.ReportSections.Section;

/**
 * Reads the table of a section into dated entries. The table is tab-separated: a header
 * line ({@code 地区⇥相关政策⇥链接}), then rows. A row starts on a line whose first cell is not
 * empty; a line that starts with a tab continues the row above, because page breaks cut
 * rows, sentences, words and links. With three or more columns the last cell of every
 * line is the link column; the cells in between are the text.
 * <p>
 * A row's text cells are joined and cut into entries where a date ({@code 10月22日，},
 * {@code 10 月 22 日,}) stands at the start of a cell, after an HTML tag or bullet, or
 * after a space that follows the end of a sentence; a date inside a sentence
 * ({@code 截至10月25日，}) starts nothing. A row's link cells are joined without spaces and
 * cut where each {@code http://} or {@code https://} starts, so links cut by a page break
 * are whole again. Entries and links are then matched in order.
 */
final class SectionTable {

	private static final Pattern ENTRY_DATE = Pattern
		.compile("(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]"
				+ "(?:\\s*[-－—–~～至]\\s*(?:\\d{1,2}\\s*月\\s*)?\\d{1,2}\\s*[日号])?\\s*[，,：:]");

	private static final Pattern LINK_START = Pattern.compile("(?i)https?://");

	/**
	 * After these an {@code http://} is part of the link before it (a redirect
	 * parameter), not a new one.
	 */
	private static final String INSIDE_LINK = "=?&%/:#";

	/** What may end the entry before a space and a date. */
	private static final String SENTENCE_END = "。！？；!?;.…”’」』）)";

	private static final Pattern RULE = Pattern.compile("^[-—–=_·.\\s]*$");

	private static final Pattern LINK_LIKE = Pattern
		.compile("^(?i)(?:https?:|www\\.|[\\w./?=&%#:+~-]*/)[\\x21-\\x7E]*$");

	/** The entries of the table and the paragraphs before it. */
	record Result(List<ParsedEntry> entries, List<Paragraph> intro) {
	}

	private record Piece(String raw, int line) {
	}

	private static final class Row {

		final String heading;

		final int line;

		final List<Piece> text = new ArrayList<>();

		final List<Piece> links = new ArrayList<>();

		final List<Draft> entries = new ArrayList<>();

		final List<String> urls = new ArrayList<>();

		Row(String heading, int line) {
			this.heading = heading;
			this.line = line;
		}

	}

	private static final class Draft {

		final LocalDate date;

		final String text;

		final int line;

		final List<String> warnings = new ArrayList<>();

		String url;

		Draft(LocalDate date, String text, int line) {
			this.date = date;
			this.text = text;
			this.line = line;
		}

	}

	private final ReportLines lines;

	private final Section section;

	private final MonitoringPeriod period;

	private final List<String> warnings;

	private SectionTable(ReportLines lines, Section section, MonitoringPeriod period, List<String> warnings) {
		this.lines = lines;
		this.section = section;
		this.period = period;
		this.warnings = warnings;
	}

	static Result read(ReportLines lines, Section section, MonitoringPeriod period, List<String> warnings) {
		return new SectionTable(lines, section, period, warnings).read();
	}

	private Result read() {
		int header = 0;
		int tableEnd = 0;
		for (int n = section.first(); n <= section.last(); n++) {
			RequestDeadline.check();
			if (lines.get(n).indexOf('\t') >= 0) {
				header = (header == 0) ? n : header;
				tableEnd = n;
			}
		}
		List<Paragraph> intro = PrintedText.paragraphs(lines, section.first(),
				(header > 0) ? header - 1 : section.last());
		if (header == 0) {
			warnings
				.add("line %d: %s has no table (no tab-separated line)".formatted(section.heading(), section.name()));
			return new Result(List.of(), intro);
		}
		String[] headerCells = headerCells(lines.get(header));
		boolean headerIsRow = headerCells.length >= 2
				&& ENTRY_DATE.matcher(PrintedText.plain(headerCells[1])).lookingAt();
		if (headerIsRow) {
			warnings.add("line %d: the table of %s has no header line".formatted(header, section.name()));
		}
		boolean hasLinks = (!headerIsRow && headerCells.length >= 3) || lastCellsHoldLinks(header, tableEnd);
		int columns = Math.max(headerIsRow ? 2 : headerCells.length, hasLinks ? 3 : 2);
		List<Row> rows = rows(headerIsRow ? header : header + 1, tableEnd, headerIsRow ? null : headerCells, columns,
				hasLinks);
		warnOfTextAfterTable(tableEnd);
		for (Row row : rows) {
			cutEntries(row);
		}
		if (hasLinks) {
			for (Row row : rows) {
				cutLinks(row);
			}
			matchLinks(rows);
		}
		return new Result(entries(rows), intro);
	}

	private void warnOfTextAfterTable(int tableEnd) {
		for (int n = tableEnd + 1; n <= section.last(); n++) {
			String line = lines.get(n);
			if (!PrintedText.isBlank(line) && !PrintedText.isPageNumber(line)) {
				warnings.add("line %d: text after the table of %s ignored: '%s'".formatted(n, section.name(),
						ReportHead.snippet(line)));
			}
		}
	}

	private boolean lastCellsHoldLinks(int from, int to) {
		for (int n = from; n <= to; n++) {
			String[] cells = cells(lines.get(n));
			if (cells.length >= 3 && cells[cells.length - 1].contains("http")) {
				return true;
			}
		}
		return false;
	}

	private static String[] cells(String line) {
		return line.split("\t", -1);
	}

	/** The header's cells, without the empty ones a trailing tab leaves. */
	private static String[] headerCells(String line) {
		String[] cells = cells(line);
		int n = cells.length;
		while (n > 1 && PrintedText.isBlank(cells[n - 1])) {
			n--;
		}
		return Arrays.copyOf(cells, n);
	}

	private List<Row> rows(int from, int to, String[] header, int columns, boolean hasLinks) {
		List<Row> rows = new ArrayList<>();
		Row row = null;
		for (int n = from; n <= to; n++) {
			String line = lines.get(n);
			if (PrintedText.isBlank(line) || PrintedText.isPageNumber(line)) {
				continue;
			}
			if (line.indexOf('\t') < 0) {
				if (row == null) {
					warnings.add("line %d: text between the header and the first row of the table of %s ignored: '%s'"
						.formatted(n, section.name(), ReportHead.snippet(line)));
				}
				else {
					row.text.add(new Piece(line, n));
					warnings.add("line %d: a line without a tab inside the table of %s was read as text of row '%s'"
						.formatted(n, section.name(), row.heading));
				}
				continue;
			}
			String[] cells = cells(line);
			if (isRule(cells) || (header != null && sameCells(cells, header))) {
				continue;
			}
			String first = PrintedText.plain(cells[0]);
			if (!first.isEmpty()) {
				row = new Row(first, n);
				rows.add(row);
			}
			else if (row == null) {
				throw new ReportFormatException(n,
						"the table of %s starts with a continuation line (a line that starts with a tab) instead of a row: '%s'"
							.formatted(section.name(), ReportHead.snippet(line)));
			}
			distribute(cells, columns, hasLinks, row, n);
		}
		return rows;
	}

	private void distribute(String[] cells, int columns, boolean hasLinks, Row row, int n) {
		int count = cells.length;
		while (count > columns && PrintedText.isBlank(cells[count - 1])) {
			count--;
		}
		if (count > columns) {
			warnings.add("line %d: %d cells in a table of %d columns; the cells after the first%s were read as text"
				.formatted(n, count, columns, hasLinks ? " and before the last" : ""));
		}
		int textEnd = count;
		if (hasLinks && count >= 2 && (count >= 3 || isLinkCell(cells[count - 1]))) {
			row.links.add(new Piece(cells[count - 1], n));
			textEnd = count - 1;
		}
		for (int i = 1; i < textEnd; i++) {
			row.text.add(new Piece(cells[i], n));
		}
	}

	private static boolean isLinkCell(String cell) {
		String plain = PrintedText.withoutSpaces(PrintedText.withoutTags(cell));
		return plain.isEmpty() || LINK_LIKE.matcher(plain).matches();
	}

	private static boolean isRule(String[] cells) {
		for (String cell : cells) {
			if (!RULE.matcher(PrintedText.plain(cell)).matches()) {
				return false;
			}
		}
		return true;
	}

	/** A header repeated where the table goes on after a page break. */
	private static boolean sameCells(String[] cells, String[] header) {
		if (cells.length != header.length) {
			return false;
		}
		for (int i = 0; i < cells.length; i++) {
			if (!PrintedText.plain(cells[i]).equals(PrintedText.plain(header[i]))) {
				return false;
			}
		}
		return true;
	}

	private void cutEntries(Row row) {
		StringBuilder joined = new StringBuilder();
		int[] starts = new int[row.text.size()];
		for (int i = 0; i < row.text.size(); i++) {
			if (joined.length() > 0) {
				joined.append(PrintedText.MARK);
			}
			starts[i] = joined.length();
			joined.append(PrintedText.markup(row.text.get(i).raw()));
		}
		String text = joined.toString();
		List<MatchResult> dates = new ArrayList<>();
		Matcher m = ENTRY_DATE.matcher(text);
		while (m.find()) {
			if (startsEntry(text, m.start())) {
				dates.add(m.toMatchResult());
			}
		}
		if (dates.isEmpty()) {
			String plain = clean(text);
			if (plain.isEmpty()) {
				warnings.add("line %d: %s row '%s' has no text".formatted(row.line, section.name(), row.heading));
				return;
			}
			throw new ReportFormatException(row.line,
					"%s row '%s' has no dated entry (an entry starts with its date, such as 10月22日，): '%s'"
						.formatted(section.name(), row.heading, ReportHead.snippet(plain)));
		}
		String before = clean(text.substring(0, dates.get(0).start()));
		if (!before.isEmpty()) {
			warnings.add("line %d: %s row '%s': text before its first dated entry ignored: '%s'".formatted(row.line,
					section.name(), row.heading, ReportHead.snippet(before)));
		}
		for (int i = 0; i < dates.size(); i++) {
			MatchResult date = dates.get(i);
			int end = (i + 1 < dates.size()) ? dates.get(i + 1).start() : text.length();
			int line = row.text.get(pieceAt(starts, date.start())).line();
			Draft draft = new Draft(date(date, line), clean(text.substring(date.end(), end)), line);
			String outside = period.outside(draft.date);
			if (outside != null) {
				draft.warnings.add(outside);
			}
			if (draft.text.isEmpty()) {
				draft.warnings.add("the entry has no text after its date");
			}
			undatedParagraph(text.substring(date.end(), end)).ifPresent(paragraph -> {
				String doubt = "a paragraph after a complete sentence has no date and was read as part of this entry: '"
						+ ReportHead.snippet(paragraph) + "' (a date missing or misprinted?)";
				draft.warnings.add(doubt);
				warnings.add("line %d: %s row '%s': %s".formatted(line, section.name(), row.heading, doubt));
			});
			row.entries.add(draft);
		}
	}

	private LocalDate date(MatchResult date, int line) {
		try {
			Integer year = (date.group(1) != null) ? Integer.valueOf(date.group(1)) : null;
			return period.dateOf(year, Integer.parseInt(date.group(2)), Integer.parseInt(date.group(3)));
		}
		catch (DateTimeException ex) {
			String printed = date.group().substring(0, date.group().length() - 1).trim();
			throw new ReportFormatException(line, "the entry date '" + printed + "' is not a valid date");
		}
	}

	private static int pieceAt(int[] starts, int offset) {
		int found = Arrays.binarySearch(starts, offset);
		return (found >= 0) ? found : Math.max(0, -found - 2);
	}

	/**
	 * Whether a date found at {@code start} begins an entry rather than standing inside a
	 * sentence.
	 */
	/**
	 * Text of an entry that opens a new paragraph or bullet after a complete sentence
	 * without a date of its own (…。
	 * <p>
	 * 株洲市…, …。➤ 9 月1l日…): probably an entry whose date is missing or misprinted. A
	 * paragraph that continues a sentence cut by a page break (…助力全
	 * <p>
	 * 面打赢…) is none.
	 */
	private static Optional<String> undatedParagraph(String entry) {
		for (int at = entry.indexOf(PrintedText.MARK); at >= 0; at = entry.indexOf(PrintedText.MARK, at + 1)) {
			String before = PrintedText.trim(entry.substring(0, at).replace(String.valueOf(PrintedText.MARK), ""));
			String after = clean(entry.substring(at));
			if (!before.isEmpty() && !after.isEmpty() && SENTENCE_END.indexOf(before.charAt(before.length() - 1)) >= 0
					&& !after.startsWith("<")) {
				return Optional.of(after);
			}
		}
		return Optional.empty();
	}

	private static boolean startsEntry(String text, int start) {
		int i = start - 1;
		if (i < 0 || text.charAt(i) == PrintedText.MARK || text.charAt(i) == '>') {
			return true;
		}
		if (!PrintedText.isSpace(text.charAt(i))) {
			return false;
		}
		while (i >= 0 && PrintedText.isSpace(text.charAt(i))) {
			i--;
		}
		if (i < 0) {
			return true;
		}
		char before = text.charAt(i);
		return before == PrintedText.MARK || before == '>' || SENTENCE_END.indexOf(before) >= 0;
	}

	private static String clean(String text) {
		return PrintedText.trim(text.replace(String.valueOf(PrintedText.MARK), ""));
	}

	private void cutLinks(Row row) {
		StringBuilder joined = new StringBuilder();
		for (Piece piece : row.links) {
			joined.append(PrintedText.withoutSpaces(PrintedText.withoutTags(piece.raw())));
		}
		String stream = joined.toString();
		List<Integer> cuts = new ArrayList<>();
		Matcher m = LINK_START.matcher(stream);
		while (m.find()) {
			if (m.start() == 0 || INSIDE_LINK.indexOf(stream.charAt(m.start() - 1)) < 0) {
				cuts.add(m.start());
			}
		}
		int first = cuts.isEmpty() ? stream.length() : cuts.get(0);
		if (first > 0) {
			warnings.add("line %d: %s row '%s': link column text that is no link ignored: '%s'".formatted(row.line,
					section.name(), row.heading, ReportHead.snippet(stream.substring(0, first))));
		}
		for (int i = 0; i < cuts.size(); i++) {
			int end = (i + 1 < cuts.size()) ? cuts.get(i + 1) : stream.length();
			row.urls.add(stream.substring(cuts.get(i), end));
		}
	}

	/**
	 * Entry k of a row gets link k of the row. When a row's counts differ but the table's
	 * agree, a link was printed beside the neighbouring row, and entry k of the table
	 * gets link k of the table; when the table's differ too, the rows keep their own
	 * links and the difference stays in the row it is in. Either way the report and the
	 * entries concerned get a warning.
	 */
	private void matchLinks(List<Row> rows) {
		int entryCount = 0;
		int linkCount = 0;
		List<Row> differing = new ArrayList<>();
		for (Row row : rows) {
			entryCount += row.entries.size();
			linkCount += row.urls.size();
			if (row.entries.size() != row.urls.size()) {
				differing.add(row);
			}
		}
		if (differing.isEmpty() || entryCount != linkCount) {
			for (Row row : rows) {
				matchWithinRow(row);
			}
		}
		else {
			matchAcrossRows(rows, differing);
		}
	}

	private void matchWithinRow(Row row) {
		int entries = row.entries.size();
		int links = row.urls.size();
		for (int k = 0; k < entries && k < links; k++) {
			row.entries.get(k).url = row.urls.get(k);
		}
		if (entries == links) {
			return;
		}
		String counts = "row '%s' has %d %s but %d %s".formatted(row.heading, entries,
				(entries == 1) ? "entry" : "entries", links, (links == 1) ? "link" : "links");
		String leftOver = (links > entries) ? "; links left over: " + String.join(" ", row.urls.subList(entries, links))
				: "";
		warnings.add("line %d: %s %s; links matched in order within the row%s".formatted(row.line, section.name(),
				counts, leftOver));
		for (int k = 0; k < entries; k++) {
			row.entries.get(k).warnings.add(
					(k < links) ? counts + ": this entry's link was matched by position and may belong to another entry"
							: counts + ": no link left for this entry");
		}
	}

	private void matchAcrossRows(List<Row> rows, List<Row> differing) {
		for (Row row : differing) {
			warnings.add(
					"line %d: %s row '%s' has %d entries but %d links; the table's counts agree, so links were matched in table order"
						.formatted(row.line, section.name(), row.heading, row.entries.size(), row.urls.size()));
		}
		List<Row> linkRows = new ArrayList<>();
		List<String> urls = new ArrayList<>();
		for (Row row : rows) {
			for (String url : row.urls) {
				urls.add(url);
				linkRows.add(row);
			}
		}
		int k = 0;
		for (Row row : rows) {
			for (Draft entry : row.entries) {
				entry.url = urls.get(k);
				if (linkRows.get(k) != row) {
					entry.warnings.add("link taken from row '" + linkRows.get(k).heading
							+ "' in table order: the rows' entry and link counts differ");
				}
				k++;
			}
		}
	}

	private List<ParsedEntry> entries(List<Row> rows) {
		List<ParsedEntry> entries = new ArrayList<>();
		for (Row row : rows) {
			for (int k = 0; k < row.entries.size(); k++) {
				Draft draft = row.entries.get(k);
				for (String warning : draft.warnings) {
					warnings.add("line %d: %s row '%s' entry %d: %s".formatted(draft.line, section.name(), row.heading,
							k + 1, warning));
				}
				entries.add(new ParsedEntry(section.number(), k + 1, row.heading, draft.date, draft.text, draft.url,
						draft.line, draft.warnings));
			}
		}
		return entries;
	}

}
