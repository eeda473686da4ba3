package io.policygraph.error;

/**
 * A request that ran past its time limit: {@code web.GraphQlErrors} answers it as
 * {@code QUERY_TIMEOUT} with this message, which names the limit and its property.
 */
public class TimeLimitException extends RuntimeException {

	/**
	 * @param message what limit was passed, and the property that sets it
	 */
	public TimeLimitException(String message) {
		super(message, null, false, false);
	}

}
