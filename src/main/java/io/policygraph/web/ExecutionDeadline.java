package io.policygraph.web;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import io.policygraph.error.RequestDeadline;
import io.policygraph.error.TimeLimitException;

/**
 * A time limit on the execution of a query: once it has passed, no further field is
 * fetched and the request ends with an error. Each database call is bounded by the
 * transaction timeout. A mutation is not cut off: once it has written, its answer says
 * what was written (an import that reloads the seed can take longer than a query may),
 * but work that checks {@link RequestDeadline} while it runs, such as the parsing of an
 * import's text, ends at the limit, mutation or not.
 */
class ExecutionDeadline extends SimplePerformantInstrumentation {

	private final Duration limit;

	private final String message;

	ExecutionDeadline(Duration limit) {
		this.limit = limit;
		this.message = "The request took longer than its time limit of " + limit.toMillis()
				+ " ms (policygraph.limits.execution-timeout)";
	}

	private record Started(long nanos) implements InstrumentationState {
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
				throw new TimeLimitException(message);
			}
			return RequestDeadline.within(started.nanos() + limit.toNanos(), message, () -> fetcher.get(environment));
		};
	}

}
