package io.policygraph.web;

import graphql.ErrorClassification;

/** Error classifications beyond Spring's {@link org.springframework.graphql.execution.ErrorType}. */
public enum PolicyGraphErrorType implements ErrorClassification {

	/** The graph database cannot be reached or lost the connection; retrying later may succeed. */
	DATABASE_UNAVAILABLE,

	/** The query ran longer than the time limit; a narrower question may answer. */
	QUERY_TIMEOUT

}
