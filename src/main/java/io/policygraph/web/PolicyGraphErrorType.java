package io.policygraph.web;

import graphql.ErrorClassification;

/**
 * Error classifications beyond Spring's
 * {@link org.springframework.graphql.execution.ErrorType}.
 */
public enum PolicyGraphErrorType implements ErrorClassification {

	/**
	 * The graph database cannot be reached or lost the connection; retrying later may
	 * succeed.
	 */
	DATABASE_UNAVAILABLE,

	/**
	 * The database's disk is full: the write was not made; reads are still answered, and
	 * the same write succeeds once the operator has freed space.
	 */
	STORAGE_FULL,

	/** The query ran longer than the time limit; a narrower question may answer. */
	QUERY_TIMEOUT,

	/**
	 * The graph holds a value of a closed set (a role, a kind, a status) that the API
	 * does not know: the field that reads it fails, the rest of the response is answered;
	 * the seed or a curator's change must correct the data.
	 */
	UNKNOWN_GRAPH_VALUE

}
