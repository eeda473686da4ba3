package io.policygraph.importer.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How the report's PDF-to-text conversion prints text, and how to read it back: HTML
 * fragments left in table cells, bullets, spaces put next to Chinese characters, and
 * lines or paragraphs cut by page breaks.
 */
final class PrintedText {

	/**
	 * Stands for a removed HTML tag, a removed bullet or the joint of two cells while a
	 * row is being cut into entries: an entry may start right after it. Removed before
	 * any text leaves the parser.
	 */
	static final char MARK = '\u0001';

	private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>");

	/** A bullet is a bullet only at the start of a cell, after a tag or after a space. */
	private static final Pattern BULLET = Pattern.compile("(?:^|(?<=[\\s\\u00A0\\u3000" + MARK + "]))[➤➢►▶▸•●◆■▪◦・]+");

	private static final Pattern PAGE_NUMBER = Pattern
		.compile("^\\s*(?:第\\s*)?[-–—]?\\s*\\d{1,3}\\s*[-–—]?\\s*(?:页)?\\s*$");

	private PrintedText() {
	}

	/**
	 * HTML tags and bullets replaced by {@link #MARK}, the common HTML entities decoded.
	 */
	static String markup(String raw) {
		String text = TAG.matcher(raw).replaceAll(String.valueOf(MARK));
		text = text.replace("&nbsp;", " ")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&amp;", "&");
		return BULLET.matcher(text).replaceAll(String.valueOf(MARK));
	}

	/** A cell as plain text: HTML and bullets removed, trimmed. */
	static String plain(String raw) {
		return trim(markup(raw).replace(String.valueOf(MARK), ""));
	}

	/** HTML tags removed, nothing else changed: for the link column. */
	static String withoutTags(String raw) {
		return TAG.matcher(raw).replaceAll("");
	}

	static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
	}

	static boolean isBlank(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!isSpace(c) && c != MARK) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Spaces (including ideographic and no-break spaces) and marks removed from both
	 * ends.
	 */
	static String trim(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && (isSpace(text.charAt(start)) || text.charAt(start) == MARK)) {
			start++;
		}
		while (end > start && (isSpace(text.charAt(end - 1)) || text.charAt(end - 1) == MARK)) {
			end--;
		}
		return text.substring(start, end);
	}

	/** Every kind of space removed: for links and for comparing texts. */
	static String withoutSpaces(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!isSpace(c) && c != MARK) {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** Chinese characters, full-width forms and Chinese punctuation (“”《》、，。…). */
	static boolean isWide(char c) {
		return c >= '\u2E80' || (c >= '\u2010' && c <= '\u2027') || c == '\u00B7';
	}

	/**
	 * A name or title with the spaces the PDF conversion put next to Chinese characters
	 * removed ({@code 2018 广东互联网大会} becomes {@code 2018广东互联网大会}); spaces between Latin
	 * words stay, one each.
	 */
	static String compact(String text) {
		String trimmed = trim(text);
		StringBuilder out = new StringBuilder(trimmed.length());
		int i = 0;
		while (i < trimmed.length()) {
			char c = trimmed.charAt(i);
			if (!isSpace(c)) {
				out.append(c);
				i++;
				continue;
			}
			int end = i;
			while (end < trimmed.length() && isSpace(trimmed.charAt(end))) {
				end++;
			}
			char before = trimmed.charAt(i - 1);
			char after = trimmed.charAt(end);
			if (!isWide(before) && !isWide(after)) {
				out.append(' ');
			}
			i = end;
		}
		return out.toString();
	}

	/** Whether a line is only a page number ({@code 3}, {@code - 3 -}, {@code 第 3 页}). */
	static boolean isPageNumber(String line) {
		return PAGE_NUMBER.matcher(line).matches();
	}

	/**
	 * Whether a paragraph may end here: after a full stop, question or exclamation mark,
	 * semicolon or ellipsis, possibly followed by a closing quotation mark or bracket. A
	 * line that ends otherwise was cut by a page break and goes on in the next non-blank
	 * line.
	 */
	static boolean endsSentence(String line) {
		String text = trim(line);
		int i = text.length() - 1;
		while (i >= 0 && "”’」』）)\"'".indexOf(text.charAt(i)) >= 0) {
			i--;
		}
		return i >= 0 && "。！？；!?;…".indexOf(text.charAt(i)) >= 0;
	}

	/** A paragraph of running text and the line it starts on. */
	record Paragraph(String text, int line) {
	}

	/**
	 * The paragraphs of lines {@code from} to {@code to}: blank lines separate
	 * paragraphs, except after a line that does not end a sentence, where a page break
	 * cut the paragraph; the pieces are joined without a space, as the report's Chinese
	 * text has none.
	 */
	static List<Paragraph> paragraphs(ReportLines lines, int from, int to) {
		List<Paragraph> paragraphs = new ArrayList<>();
		StringBuilder current = null;
		int start = 0;
		boolean open = false;
		for (int n = from; n <= to; n++) {
			String line = lines.get(n);
			if (isBlank(line) || isPageNumber(line)) {
				if (current != null && !open) {
					paragraphs.add(new Paragraph(current.toString(), start));
					current = null;
				}
				continue;
			}
			if (current == null) {
				current = new StringBuilder();
				start = n;
			}
			current.append(trim(line));
			open = !endsSentence(line);
		}
		if (current != null) {
			paragraphs.add(new Paragraph(current.toString(), start));
		}
		return paragraphs;
	}

}
