package io.policygraph.web;

/** A client gave an argument the API cannot accept; the message names the argument and the rule. */
public class InvalidArgumentException extends RuntimeException {

	private final String argument;

	public InvalidArgumentException(String argument, String problem) {
		super("Argument '" + argument + "' " + problem);
		this.argument = argument;
	}

	public String argument() {
		return argument;
	}

}
