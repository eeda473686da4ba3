package io.policygraph.web;

import graphql.ErrorClassification;

/** Error classifications beyond Spring's {@link org.springframework.graphql.execution.ErrorType}. */
public enum PolicyGraphErrorType implements ErrorClassification {

	/** The graph database cannot be reached or lost the connection; retrying later may succeed. */
	DATABASE_UNAVAILABLE

}
