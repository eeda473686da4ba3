package io.policygraph.curation;

import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;

/**
 * Maps the curation's own failures to GraphQL errors: {@code NOT_FOUND} for an entry that
 * is not there, {@code CONFLICT} for a change the graph moved under (a version that is
 * not the expected one, an entity merged away) or a reused idempotency key.
 */
@ControllerAdvice
class CurationErrors {

	@GraphQlExceptionHandler
	GraphQLError notFound(CurationNotFoundException ex, DataFetchingEnvironment environment) {
		return error(ErrorType.NOT_FOUND, ex.getMessage(), environment);
	}

	@GraphQlExceptionHandler
	GraphQLError conflict(CurationConflictException ex, DataFetchingEnvironment environment) {
		return error(CurationErrorType.CONFLICT, ex.getMessage(), environment);
	}

	private static GraphQLError error(ErrorClassification type, String message, DataFetchingEnvironment environment) {
		return GraphQLError.newError()
			.errorType(type)
			.message(message)
			.path(environment.getExecutionStepInfo().getPath())
			.location(environment.getField().getSourceLocation())
			.build();
	}

	/** Classifications of curation errors beyond Spring's {@link ErrorType}. */
	enum CurationErrorType implements ErrorClassification {

		/**
		 * The change was not made: the graph changed under it, or its idempotency key was
		 * used for another change.
		 */
		CONFLICT

	}

}
