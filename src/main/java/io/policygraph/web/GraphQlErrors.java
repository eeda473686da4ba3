package io.policygraph.web;

import java.util.Map;

import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import io.policygraph.error.ForbiddenOperationException;
import io.policygraph.error.InvalidArgumentException;
import io.policygraph.error.InvalidInputException;
import io.policygraph.error.StorageFullException;
import io.policygraph.error.TimeLimitException;
import io.policygraph.graph.GraphEnums;

/**
 * Maps failures to GraphQL errors with a classification and a message a client can act
 * on. Anything not mapped here stays Spring's generic INTERNAL_ERROR, without details.
 */
@ControllerAdvice
class GraphQlErrors {

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	@GraphQlExceptionHandler
	GraphQLError invalidArgument(InvalidArgumentException ex, DataFetchingEnvironment environment) {
		return error(ErrorType.BAD_REQUEST, ex.getMessage(), environment, Map.of("argument", ex.argument()));
	}

	@GraphQlExceptionHandler
	GraphQLError invalidInput(InvalidInputException ex, DataFetchingEnvironment environment) {
		var fields = ex.problems().stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList();
		return error(ErrorType.BAD_REQUEST, ex.getMessage(), environment, Map.of("fields", fields));
	}

	@GraphQlExceptionHandler
	GraphQLError forbidden(ForbiddenOperationException ex, DataFetchingEnvironment environment) {
		return error(ErrorType.FORBIDDEN, ex.getMessage(), environment, Map.of());
	}

	/**
	 * A curator's method called without a curator's key: UNAUTHORIZED, saying how to send
	 * one (a caller with a key that is not a curator's: FORBIDDEN).
	 */
	@GraphQlExceptionHandler
	GraphQLError accessDenied(AccessDeniedException ex, DataFetchingEnvironment environment) {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		if (caller == null || TRUST.isAnonymous(caller)) {
			return error(ErrorType.UNAUTHORIZED, "Only curators may do this: send a curator's API key as "
					+ "Authorization: Bearer <key> (or X-API-Key: <key>)", environment, Map.of());
		}
		return error(ErrorType.FORBIDDEN, "The key sent is not a curator's, and only curators may do this", environment,
				Map.of());
	}

	@GraphQlExceptionHandler
	GraphQLError storageFull(StorageFullException ex, DataFetchingEnvironment environment) {
		log.warn("Write refused while answering {}: {}", environment.getExecutionStepInfo().getPath(), ex.getMessage());
		return error(PolicyGraphErrorType.STORAGE_FULL, ex.getMessage(), environment, Map.of());
	}

	/**
	 * The database failed a transaction itself: a disk that filled past the reserve, or a
	 * database that stopped after such a failure. Whether a write that failed so was made
	 * cannot be known: a retry with the same idempotency key is safe.
	 */
	@GraphQlExceptionHandler
	GraphQLError databaseFailed(DatabaseException ex, DataFetchingEnvironment environment) {
		log.error("The database failed while answering {}: {}", environment.getExecutionStepInfo().getPath(),
				ex.getMessage());
		String message = String.valueOf(ex.getMessage());
		if (message.contains("No space left on device") || message.contains("disk space")
				|| message.contains("critical error")) {
			return error(PolicyGraphErrorType.STORAGE_FULL,
					"The database could not write (its disk is full, or it stopped after a write failed and "
							+ "reopens once there is room). Try again later; repeat a change with the same idempotencyKey "
							+ "so that it is made once.",
					environment, Map.of());
		}
		return error(ErrorType.INTERNAL_ERROR, "Internal error", environment, Map.of());
	}

	/**
	 * The database refused the service's login (its user locked or its password changed):
	 * unavailable to the client, one line in the log.
	 */
	@GraphQlExceptionHandler
	GraphQLError databaseRefusedLogin(SecurityException ex, DataFetchingEnvironment environment) {
		log.warn("The graph database refused the service's login while answering {}: {}",
				environment.getExecutionStepInfo().getPath(), ex.getMessage());
		return error(PolicyGraphErrorType.DATABASE_UNAVAILABLE,
				"The graph database is unavailable right now; try again shortly.", environment, Map.of());
	}

	@GraphQlExceptionHandler({ ServiceUnavailableException.class, SessionExpiredException.class })
	GraphQLError databaseUnavailable(RuntimeException ex, DataFetchingEnvironment environment) {
		log.warn("Graph database unavailable while answering {}: {}", environment.getExecutionStepInfo().getPath(),
				ex.getMessage());
		return error(PolicyGraphErrorType.DATABASE_UNAVAILABLE,
				"The graph database is unavailable right now; try again shortly.", environment, Map.of());
	}

	/**
	 * A value of a closed set the API does not know, read from the database: named,
	 * logged, the rest answered.
	 */
	@GraphQlExceptionHandler
	GraphQLError unknownGraphValue(GraphEnums.UnknownValueException ex, DataFetchingEnvironment environment) {
		log.error("While answering {}: {}", environment.getExecutionStepInfo().getPath(), ex.getMessage());
		return error(PolicyGraphErrorType.UNKNOWN_GRAPH_VALUE, ex.getMessage(), environment,
				Map.of("property", ex.property(), "value", ex.value()));
	}

	@GraphQlExceptionHandler
	GraphQLError timeLimit(TimeLimitException ex, DataFetchingEnvironment environment) {
		return error(PolicyGraphErrorType.QUERY_TIMEOUT, ex.getMessage(), environment, Map.of());
	}

	/**
	 * A transaction over its time limit; any other client error of the database is the
	 * service's fault.
	 */
	@GraphQlExceptionHandler
	GraphQLError databaseRefused(ClientException ex, DataFetchingEnvironment environment) {
		if (ex.code() != null && ex.code().contains("TransactionTimedOut")) {
			log.warn("Query over its time limit while answering {}", environment.getExecutionStepInfo().getPath());
			return error(PolicyGraphErrorType.QUERY_TIMEOUT,
					"The query took longer than the time limit (policygraph.limits.transaction-timeout); narrow it down.",
					environment, Map.of());
		}
		// terminated at its timeout while waiting for a lock another write holds: nothing
		// was written
		if (ex.code() != null
				&& (ex.code().contains("Transaction.Terminated") || ex.code().contains("LockClientStopped"))) {
			log.warn("Write over its time limit, waiting for other writes, while answering {}",
					environment.getExecutionStepInfo().getPath());
			return error(PolicyGraphErrorType.QUERY_TIMEOUT,
					"The change waited for other changes longer than the time limit "
							+ "(policygraph.limits.transaction-timeout) and was not made; try again.",
					environment, Map.of());
		}
		log.error("The database refused a query while answering {}", environment.getExecutionStepInfo().getPath(), ex);
		return error(ErrorType.INTERNAL_ERROR, "Internal error", environment, Map.of());
	}

	private static GraphQLError error(ErrorClassification type, String message, DataFetchingEnvironment environment,
			Map<String, Object> extensions) {
		return GraphQLError.newError()
			.errorType(type)
			.message(message)
			.path(environment.getExecutionStepInfo().getPath())
			.location(environment.getField().getSourceLocation())
			.extensions(extensions)
			.build();
	}

}
