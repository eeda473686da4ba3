package io.policygraph.web;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;

/**
 * A time limit on the execution of a query: once it has passed, no further field is
 * fetched and the request ends with an error. Each database call is bounded by the
 * transaction timeout. A mutation is not cut off: once it has written, its answer says
 * what was written (an import that reloads the seed can take longer than a query may).
 */
class ExecutionDeadline extends SimplePerformantInstrumentation {

	private final Duration limit;

	ExecutionDeadline(Duration limit) {
		this.limit = limit;
	}

	private record Started(long nanos) implements InstrumentationState {
	}

	/** Thrown by the next field fetched after the time limit. */
	static class TimeLimitException extends RuntimeException {

		TimeLimitException(String message) {
			super(message);
		}

	}

	@Override
	public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
		return CompletableFuture.completedFuture(new Started(System.nanoTime()));
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		if (!(state instanceof Started started)) {
			return fetcher;
		}
		return environment -> {
			if (environment.getOperationDefinition().getOperation() != OperationDefinition.Operation.MUTATION
					&& System.nanoTime() - started.nanos() > limit.toNanos()) {
				throw new TimeLimitException("The request took longer than its time limit of " + limit.toMillis()
						+ " ms (policygraph.limits.execution-timeout)");
			}
			return fetcher.get(environment);
		};
	}

}
