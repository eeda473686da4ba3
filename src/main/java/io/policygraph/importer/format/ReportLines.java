package io.policygraph.importer.format;

/**
 * The report text as numbered lines, for one parse. Line ends ({@code \r\n}, {@code \r})
 * are normalised, and the characters a PDF conversion leaves without meaning (form feeds
 * at page breaks, byte order marks, zero-width spaces) are dropped, so that a page's
 * first line still starts with its tab.
 */
final class ReportLines {

	private final String[] lines;

	ReportLines(String text) {
		String normalised = text.replace("\r\n", "\n")
			.replace('\r', '\n')
			.replace("\f", "")
			.replace("\uFEFF", "")
			.replace("\u200B", "");
		this.lines = normalised.split("\n", -1);
	}

	/** The whole text, lines joined with {@code \n}. */
	String text() {
		return String.join("\n", lines);
	}

	/** The 1-based line of a character offset in {@link #text()}. */
	int lineAt(int offset) {
		int line = 1;
		int consumed = 0;
		while (line < lines.length && consumed + lines[line - 1].length() < offset) {
			consumed += lines[line - 1].length() + 1;
			line++;
		}
		return line;
	}

	/**
	 * The number of lines; the last one may be empty when the text ends with a line
	 * break.
	 */
	int count() {
		return lines.length;
	}

	/** The line with the given 1-based number. */
	String get(int number) {
		return lines[number - 1];
	}

	/**
	 * Blanks a line that is an artifact of the page layout (a running header), keeping
	 * the numbering.
	 */
	void blank(int number) {
		lines[number - 1] = "";
	}

	boolean isBlank(int number) {
		return PrintedText.isBlank(lines[number - 1]);
	}

	/** The first non-blank line from {@code from} to {@code to} (inclusive), or 0. */
	int nextNonBlank(int from, int to) {
		for (int n = Math.max(from, 1); n <= Math.min(to, lines.length); n++) {
			if (!isBlank(n)) {
				return n;
			}
		}
		return 0;
	}

	/** The last non-blank line of the text, or 0 when all lines are blank. */
	int lastNonBlank() {
		for (int n = lines.length; n >= 1; n--) {
			if (!isBlank(n)) {
				return n;
			}
		}
		return 0;
	}

}
