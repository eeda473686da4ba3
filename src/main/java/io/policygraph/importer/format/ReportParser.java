package io.policygraph.importer.format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.policygraph.error.RequestDeadline;
import io.policygraph.importer.format.PrintedText.Paragraph;
import io.policygraph.importer.format.ReportSections.Section;

/**
 * Reads the text of one CAICT “互联网+” monitoring report (the PDF-to-text conversion of the
 * monthly {@code “互联网+”发展情况舆情监测}) into records, before any entity is recognised:
 * <ul>
 * <li>the title, its month, the publisher and the monitoring period of the 舆情总结;</li>
 * <li>the summary paragraph of section 二 and its region lists;</li>
 * <li>the dated entries of the tables of sections 一 (ministries), 二 (regions) and 三
 * (companies), each with its link;</li>
 * <li>the numbered summits of section 四.</li>
 * </ul>
 * A text that is not such a report, or is cut short, gives a
 * {@link ReportFormatException} naming the line; what can be read but looks doubtful (a
 * date outside the period, a row whose link count differs from its entry count) is read
 * and reported in {@link ParsedReport#warnings()}.
 * <p>
 * The parser holds no state: one instance can parse any number of reports, also
 * concurrently.
 */
public final class ReportParser {

	private static final String UNNAMED = "<text>";

	/** The longest front-matter line taken for a running page header. */
	private static final int RUNNING_HEADER = 30;

	/** Front-matter lines that are no page header: sentences, headings, page numbers. */
	private static final Pattern RUNNING_HEADER_NOT = Pattern.compile("[。，；]|^【|^目录$|^[一二三四五六七八九十]+、|^\\d+$");

	/**
	 * Parses a report from its bytes, which must be UTF-8 (a byte order mark is allowed).
	 * @param bytes the file's content
	 * @param sourceName the file name, for messages; may be {@code null}
	 * @throws ReportFormatException when the bytes are not UTF-8 text (GBK, UTF-16 and
	 * binary data are named as such) or the text is not a readable report
	 * @throws IllegalArgumentException when {@code bytes} is {@code null}
	 */
	public ParsedReport parse(byte[] bytes, String sourceName) {
		if (bytes == null) {
			throw new IllegalArgumentException("bytes must not be null");
		}
		String source = (sourceName != null) ? sourceName : UNNAMED;
		String text;
		try {
			text = ReportEncoding.decode(bytes);
		}
		catch (ReportFormatException ex) {
			throw ex.withSource(source);
		}
		return parse(text, source);
	}

	/**
	 * Parses a report from its text.
	 * @param text the report as text
	 * @param sourceName the file name, for messages; may be {@code null}
	 * @throws ReportFormatException when the text is not a readable report
	 * @throws IllegalArgumentException when {@code text} is {@code null}
	 */
	public ParsedReport parse(String text, String sourceName) {
		if (text == null) {
			throw new IllegalArgumentException("text must not be null");
		}
		String source = (sourceName != null) ? sourceName : UNNAMED;
		try {
			return read(text);
		}
		catch (ReportFormatException ex) {
			throw ex.withSource(source);
		}
	}

	private ParsedReport read(String text) {
		if (text.isEmpty()) {
			throw new ReportFormatException(0, "the text is empty");
		}
		ReportEncoding.requireText(text);
		ReportLines lines = new ReportLines(text);
		List<String> warnings = new ArrayList<>();
		ReportHead head = stage("the title and the monitoring period", 1, () -> ReportHead.read(lines, warnings));
		List<Section> sections = stage("the section headings", head.lastLine(),
				() -> ReportSections.locate(lines, head.lastLine()));
		skipRunningHeaders(lines, sections, warnings);
		List<ParsedEntry> entries = new ArrayList<>();
		String summaryText = "";
		for (Section section : sections.subList(0, 3)) {
			SectionTable.Result table = stage(section.name(), section.heading(),
					() -> SectionTable.read(lines, section, head.period(), warnings));
			entries.addAll(table.entries());
			if (section.number() == 2) {
				summaryText = summaryText(table.intro(), section, warnings);
			}
		}
		String summary = summaryText;
		List<SummaryGroup> groups = stage("the summary of section 二", sections.get(1).heading(),
				() -> RegionLists.read(summary));
		Section summitSection = sections.get(3);
		List<ParsedSummit> summits = stage(summitSection.name(), summitSection.heading(),
				() -> SummitSection.read(lines, summitSection, head.period(), warnings));
		warnOfTextAfter(summitSection, lines, warnings);
		return new ParsedReport(head.title(), head.publisher(), head.month(), head.period().start(),
				head.period().end(), summary, groups, entries, summits, warnings);
	}

	private static String summaryText(List<Paragraph> intro, Section section, List<String> warnings) {
		if (intro.isEmpty()) {
			warnings.add("line %d: %s has no summary paragraph before its table".formatted(section.heading(),
					section.name()));
		}
		return intro.stream().map(Paragraph::text).collect(Collectors.joining("\n"));
	}

	private static void warnOfTextAfter(Section last, ReportLines lines, List<String> warnings) {
		int after = lines.nextNonBlank(last.last() + 1, lines.count());
		if (after > 0) {
			warnings.add("line %d: the text after %s is not read: '%s'".formatted(after, last.name(),
					ReportHead.snippet(lines.get(after))));
		}
	}

	/**
	 * Blanks the lines of the body that repeat a short line of the front matter
	 * ({@code CAICT 中国信通院}, the publisher, the title): page headers and footers the
	 * conversion left between the lines of a table or a paragraph.
	 */
	private static void skipRunningHeaders(ReportLines lines, List<Section> sections, List<String> warnings) {
		Set<String> frontMatter = new HashSet<>();
		for (int n = 1; n < sections.get(0).heading(); n++) {
			String line = PrintedText.trim(lines.get(n));
			if (!line.isEmpty() && line.length() <= RUNNING_HEADER && line.indexOf('\t') < 0
					&& !RUNNING_HEADER_NOT.matcher(line).find()) {
				frontMatter.add(line);
			}
		}
		for (int n = sections.get(0).heading() + 1; n <= lines.count(); n++) {
			RequestDeadline.check();
			String line = PrintedText.trim(lines.get(n));
			if (!line.isEmpty() && frontMatter.contains(line)) {
				warnings.add("line %d: page header or footer '%s' skipped".formatted(n, line));
				lines.blank(n);
			}
		}
	}

	/**
	 * Runs one stage of the parse. A failure that is not a format problem is a fault of
	 * the parser on an unforeseen text; it is still reported as a format problem of the
	 * part being read, so that a caller only ever has to handle
	 * {@link ReportFormatException}.
	 */
	private static <T> T stage(String part, int line, Supplier<T> reading) {
		try {
			return reading.get();
		}
		catch (ReportFormatException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw new ReportFormatException(null, line, "could not read " + part + " (" + ex + ")", ex);
		}
	}

}
