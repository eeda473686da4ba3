package io.policygraph.importer.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the four sections of a report by their headings in the body
 * ({@code 一、国家部委“互联网+”政策落实情况} …{@code 四、相关峰会}), in that order. The table of contents near
 * the top repeats the headings; its lines end with a page number, or follow one another
 * (一, 二, …) without text in between, and are skipped.
 */
final class ReportSections {

	static final String NUMERALS = "一二三四五六七八九十";

	/** 一 ministries, 二 regions, 三 companies, 四 summits. */
	static final int COUNT = 4;

	private static final Pattern HEADING = Pattern.compile("^\\s*([" + NUMERALS + "]{1,2})\\s*[、.．]\\s*(\\S.*?)\\s*$");

	private static final Pattern PAGE_NUMBER_AT_END = Pattern.compile("^(.*?\\S)(?:\\s*[.…·．]{2,}\\s*|\\s+)\\d{1,3}$");

	private static final int LONGEST_HEADING = 40;

	/**
	 * One section of the body.
	 *
	 * @param number 1 to 4
	 * @param title the heading without its numeral
	 * @param heading the line of the heading
	 * @param last the last line of the section (the line before the next heading, or the
	 * end)
	 */
	record Section(int number, String title, int heading, int last) {

		int first() {
			return heading + 1;
		}

		String name() {
			return "section " + numeral(number);
		}

	}

	private record Candidate(int line, int number, String title, boolean contents) {
	}

	private ReportSections() {
	}

	/** The sections 一 to 四, looked for after line {@code after}. */
	static List<Section> locate(ReportLines lines, int after) {
		List<Candidate> candidates = candidates(lines, after);
		Map<Integer, String> contentsTitles = new HashMap<>();
		for (Candidate candidate : candidates) {
			if (candidate.contents()) {
				contentsTitles.putIfAbsent(candidate.number(), candidate.title());
			}
		}
		List<Candidate> body = candidates.stream().filter((c) -> !c.contents()).toList();
		List<Candidate> found = new ArrayList<>();
		int from = after;
		for (int number = 1; number <= COUNT; number++) {
			Candidate next = null;
			for (Candidate candidate : body) {
				if (candidate.line() > from && candidate.number() >= number) {
					next = candidate;
					break;
				}
			}
			if (next == null || next.number() != number) {
				throw notFound(lines, number, contentsTitles.get(number), found, next);
			}
			found.add(next);
			from = next.line();
		}
		int end = lines.count();
		for (Candidate candidate : body) {
			if (candidate.line() > from && candidate.number() > COUNT) {
				end = candidate.line() - 1;
				break;
			}
		}
		List<Section> sections = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			Candidate heading = found.get(i);
			int last = (i + 1 < found.size()) ? found.get(i + 1).line() - 1 : end;
			sections.add(new Section(heading.number(), heading.title(), heading.line(), last));
		}
		return sections;
	}

	private static ReportFormatException notFound(ReportLines lines, int number, String title, List<Candidate> found,
			Candidate next) {
		String what = "section " + numeral(number) + ((title != null) ? " ('" + title + "')" : "") + " not found";
		String where = found.isEmpty() ? " after the title"
				: " after section " + numeral(number - 1) + " (line " + found.get(found.size() - 1).line() + ")";
		if (next != null) {
			return new ReportFormatException(next.line(), what + where + "; the next heading is section "
					+ numeral(next.number()) + " ('" + next.title() + "')");
		}
		int last = Math.max(lines.lastNonBlank(), 1);
		return new ReportFormatException(last,
				what + where + ": the text ends at line " + last + "; is the file truncated?");
	}

	private static List<Candidate> candidates(ReportLines lines, int after) {
		List<Candidate> candidates = new ArrayList<>();
		for (int n = after + 1; n <= lines.count(); n++) {
			Candidate candidate = candidate(lines.get(n), n);
			if (candidate != null) {
				candidates.add(candidate);
			}
		}
		// Consecutive headings (一 then 二) with no text in between are a table of
		// contents.
		List<Candidate> marked = new ArrayList<>(candidates.size());
		for (int i = 0; i < candidates.size(); i++) {
			Candidate c = candidates.get(i);
			boolean run = (i > 0 && followsWithoutText(lines, candidates.get(i - 1), c))
					|| (i + 1 < candidates.size() && followsWithoutText(lines, c, candidates.get(i + 1)));
			marked.add(run ? new Candidate(c.line(), c.number(), c.title(), true) : c);
		}
		return marked;
	}

	private static boolean followsWithoutText(ReportLines lines, Candidate first, Candidate second) {
		return second.number() == first.number() + 1
				&& lines.nextNonBlank(first.line() + 1, second.line()) == second.line();
	}

	private static Candidate candidate(String line, int n) {
		Matcher m = HEADING.matcher(line);
		if (!m.matches()) {
			return null;
		}
		int number = number(m.group(1));
		if (number == 0) {
			return null;
		}
		String title = m.group(2);
		Matcher page = PAGE_NUMBER_AT_END.matcher(title);
		if (page.matches() || line.indexOf('\t') >= 0) {
			String withoutPage = page.matches() ? page.group(1) : title.split("\t", 2)[0];
			return new Candidate(n, number, PrintedText.compact(withoutPage), true);
		}
		if (title.length() > LONGEST_HEADING || title.contains("。")) {
			return null;
		}
		return new Candidate(n, number, PrintedText.compact(title), false);
	}

	/** 一 to 十 as 1 to 10, 十一 to 十九 as 11 to 19; 0 for anything else. */
	static int number(String numeral) {
		if (numeral.length() == 1) {
			return NUMERALS.indexOf(numeral.charAt(0)) + 1;
		}
		if (numeral.length() == 2 && numeral.charAt(0) == '十' && numeral.charAt(1) != '十') {
			return 10 + NUMERALS.indexOf(numeral.charAt(1)) + 1;
		}
		return 0;
	}

	static String numeral(int number) {
		return (number >= 1 && number <= 10) ? String.valueOf(NUMERALS.charAt(number - 1)) : String.valueOf(number);
	}

}
