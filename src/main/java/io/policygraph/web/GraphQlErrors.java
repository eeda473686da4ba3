package io.policygraph.web;

import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;

/**
 * Maps failures to GraphQL errors with a classification and a message a client can act on.
 * Anything not mapped here stays Spring's generic INTERNAL_ERROR, without details.
 */
@ControllerAdvice
class GraphQlErrors {

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

	@GraphQlExceptionHandler
	GraphQLError invalidArgument(InvalidArgumentException ex, DataFetchingEnvironment environment) {
		return GraphQLError.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message(ex.getMessage())
			.path(environment.getExecutionStepInfo().getPath())
			.location(environment.getField().getSourceLocation())
			.extensions(java.util.Map.of("argument", ex.argument()))
			.build();
	}

	@GraphQlExceptionHandler
	GraphQLError forbidden(ForbiddenOperationException ex, DataFetchingEnvironment environment) {
		return GraphQLError.newError()
			.errorType(ErrorType.FORBIDDEN)
			.message(ex.getMessage())
			.path(environment.getExecutionStepInfo().getPath())
			.location(environment.getField().getSourceLocation())
			.build();
	}

	@GraphQlExceptionHandler({ ServiceUnavailableException.class, SessionExpiredException.class })
	GraphQLError databaseUnavailable(RuntimeException ex, DataFetchingEnvironment environment) {
		log.warn("Graph database unavailable while answering {}: {}", environment.getExecutionStepInfo().getPath(),
				ex.getMessage());
		return GraphQLError.newError()
			.errorType(PolicyGraphErrorType.DATABASE_UNAVAILABLE)
			.message("The graph database is unavailable right now; try again shortly.")
			.path(environment.getExecutionStepInfo().getPath())
			.location(environment.getField().getSourceLocation())
			.build();
	}

}
