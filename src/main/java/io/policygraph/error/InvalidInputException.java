package io.policygraph.error;

import java.util.List;

/** An input object with fields that cannot be accepted; each problem names its field. */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super("Invalid input: "
				+ String.join("; ", problems.stream().map(p -> p.field() + " " + p.message()).toList()));
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	/** What is wrong with one field, such as {@code input.date}. */
	public record FieldProblem(String field, String message) {
	}

}
