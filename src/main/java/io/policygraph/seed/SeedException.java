package io.policygraph.seed;

import java.util.List;

/**
 * The graph-seed cannot be loaded; each problem names the file, the record and what is
 * wrong. Nothing has been written when this is thrown.
 */
public class SeedException extends RuntimeException {

	private final List<String> problems;

	public SeedException(List<String> problems) {
		super(summary(problems));
		this.problems = List.copyOf(problems);
	}

	public SeedException(String problem, Throwable cause) {
		super(problem, cause);
		this.problems = List.of(problem);
	}

	public List<String> problems() {
		return problems;
	}

	private static String summary(List<String> problems) {
		if (problems.size() == 1) {
			return problems.get(0);
		}
		return problems.size() + " problems, the first: " + problems.get(0);
	}

}
