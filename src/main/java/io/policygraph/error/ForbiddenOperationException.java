package io.policygraph.error;

/**
 * The operation exists but this server does not allow it to this caller; the message says
 * why.
 */
public class ForbiddenOperationException extends RuntimeException {

	public ForbiddenOperationException(String message) {
		super(message);
	}

}
