package io.policygraph.database;

/**
 * Start-up failed for a reason the operator can fix; {@link StartupFailureAnalyzer}
 * prints the problem and the remedy instead of a stack trace.
 */
public class StartupException extends RuntimeException {

	private final String action;

	public StartupException(String problem, String action) {
		super(problem);
		this.action = action;
	}

	public StartupException(String problem, String action, Throwable cause) {
		super(problem, cause);
		this.action = action;
	}

	public String action() {
		return action;
	}

}
