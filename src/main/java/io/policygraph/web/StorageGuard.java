package io.policygraph.web;

import org.springframework.beans.factory.ObjectProvider;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import io.policygraph.database.StorageMonitor;

/**
 * Refuses every mutation field with {@code STORAGE_FULL} while the embedded database's
 * disk is below its reserve ({@link StorageMonitor}), before the field's resolver runs,
 * so that a write either happens whole or not at all and queries keep being answered. A
 * mutation asked to write nothing ({@code dryRun: true}) is let through. Does nothing
 * with an external database, whose disk the service cannot see.
 */
class StorageGuard extends SimplePerformantInstrumentation {

	private final ObjectProvider<StorageMonitor> monitor;

	StorageGuard(ObjectProvider<StorageMonitor> monitor) {
		this.monitor = monitor;
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
			InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
		StorageMonitor storage = monitor.getIfAvailable();
		if (storage == null || !isMutationField(parameters.getEnvironment())) {
			return dataFetcher;
		}
		return environment -> {
			if (!Boolean.TRUE.equals(environment.getArgument("dryRun"))) {
				storage.requireRoomToWrite();
			}
			return dataFetcher.get(environment);
		};
	}

	private static boolean isMutationField(DataFetchingEnvironment environment) {
		GraphQLObjectType mutation = environment.getGraphQLSchema().getMutationType();
		return mutation != null && environment.getParentType() == mutation;
	}

}
