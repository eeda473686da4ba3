package io.policygraph.error;

import java.time.LocalDate;

/**
 * A client gave an argument the API cannot accept; the message names the argument and the
 * rule.
 */
public class InvalidArgumentException extends RuntimeException {

	private final String argument;

	public InvalidArgumentException(String argument, String problem) {
		super("Argument '" + argument + "' " + problem);
		this.argument = argument;
	}

	public String argument() {
		return argument;
	}

	/** A period given as two optional dates must not end before it starts. */
	public static void requireOrdered(LocalDate from, LocalDate to, String fromArgument, String toArgument) {
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidArgumentException(toArgument,
					"(" + to + ") is before " + fromArgument + " (" + from + ")");
		}
	}

}
