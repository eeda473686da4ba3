package io.policygraph.error;

import java.util.concurrent.Callable;

/**
 * The time limit of the request the current thread works for, so that long computations
 * outside the database (parsing a report's text) end with the request: they call
 * {@link #check()} in their loops. Set by {@code web.ExecutionDeadline} around every
 * field it fetches; without a request (the command line, tests) there is no limit.
 */
public final class RequestDeadline {

	private static final ThreadLocal<RequestDeadline> CURRENT = new ThreadLocal<>();

	private final long nanos;

	private final String message;

	private RequestDeadline(long nanos, String message) {
		this.nanos = nanos;
		this.message = message;
	}

	/**
	 * Runs {@code work} with a deadline of {@code nanos} (a {@link System#nanoTime()}
	 * value), past which {@link #check()} throws a {@link TimeLimitException} with
	 * {@code message}.
	 */
	public static <T> T within(long nanos, String message, Callable<T> work) throws Exception {
		RequestDeadline previous = CURRENT.get();
		CURRENT.set(new RequestDeadline(nanos, message));
		try {
			return work.call();
		}
		finally {
			if (previous == null) {
				CURRENT.remove();
			}
			else {
				CURRENT.set(previous);
			}
		}
	}

	/**
	 * Throws a {@link TimeLimitException} when the current request's time limit has
	 * passed; cheap enough to call once per line or entry.
	 */
	public static void check() {
		RequestDeadline deadline = CURRENT.get();
		if (deadline != null && System.nanoTime() - deadline.nanos > 0) {
			throw new TimeLimitException(deadline.message);
		}
	}

}
