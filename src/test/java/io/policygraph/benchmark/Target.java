package io.policygraph.benchmark;

import java.util.List;

/**
 * One system under test, ready to answer the benchmark's queries. {@link #run} is called
 * from many threads at once.
 */
interface Target extends AutoCloseable {

	/** The system's name in the results ({@link Systems#ALL}). */
	String name();

	/** Whether it has a query of this id. */
	boolean supports(String queryId);

	/**
	 * Runs a query once and checks the answer.
	 * @return the ids the answer holds, in its order: what the systems' answers are
	 * compared by
	 * @throws Exception when the query failed or the answer holds an error
	 */
	List<String> run(String queryId) throws Exception;

	/** Stops what the target started; nothing by default. */
	@Override
	default void close() throws Exception {
	}

}
