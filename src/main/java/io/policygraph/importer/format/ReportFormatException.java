package io.policygraph.importer.format;

/**
 * A report text that cannot be read as a CAICT “互联网+” monitoring report: not UTF-8,
 * empty, of another layout, truncated, or with a section or table row that does not
 * follow the format. The message names the line and the problem, for example
 * {@code line 93: section 三 ('电信运营商及互联网相关企业参与情况') not found after section 二 (line 36)}.
 */
public class ReportFormatException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String sourceName;

	private final int line;

	private final String problem;

	public ReportFormatException(String sourceName, int line, String problem) {
		this(sourceName, line, problem, null);
	}

	public ReportFormatException(String sourceName, int line, String problem, Throwable cause) {
		super(line > 0 ? "line " + line + ": " + problem : problem, cause);
		this.sourceName = sourceName;
		this.line = line;
		this.problem = problem;
	}

	/**
	 * Thrown by the parts of the parser, which do not know the source; the parser adds
	 * it.
	 */
	public ReportFormatException(int line, String problem) {
		this(null, line, problem, null);
	}

	/**
	 * The 1-based line of the text where the problem was found; 0 when the problem is
	 * with the whole text (no such file).
	 */
	public int line() {
		return line;
	}

	/** The problem without the line number. */
	public String problem() {
		return problem;
	}

	/** The name the caller gave the text (usually its file name); may be {@code null}. */
	public String sourceName() {
		return sourceName;
	}

	ReportFormatException withSource(String name) {
		return (sourceName != null) ? this : new ReportFormatException(name, line, problem, this);
	}

}
