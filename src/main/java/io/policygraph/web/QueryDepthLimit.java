package io.policygraph.web;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;

/**
 * The depth limit ({@code policygraph.limits.max-depth}) of graphql-java, except that in an
 * operation that only introspects the schema, the {@code ofType} chain of a type reference is not
 * counted: it has no lists, so it costs nothing, and the standard introspection query of client
 * tools (graphql-js {@code getIntrospectionQuery}, 15 deep through {@code ofType}) must pass.
 * Introspection that nests lists deeply ({@code types { fields { type { fields ...}}}}) is still
 * refused.
 */
class QueryDepthLimit extends MaxQueryDepthInstrumentation {

	private final int maxDepth;

	QueryDepthLimit(int maxDepth) {
		super(maxDepth);
		this.maxDepth = maxDepth;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext execution = parameters.getExecutionContext();
		if (!introspectionOnly(execution.getOperationDefinition())) {
			return super.beginExecuteOperation(parameters, state);
		}
		int depth = QueryTraverser.newQueryTraverser()
			.schema(execution.getGraphQLSchema())
			.document(execution.getDocument())
			.operationName(execution.getOperationDefinition().getName())
			.coercedVariables(execution.getCoercedVariables())
			.build()
			.reducePreOrder((environment, deepest) -> Math.max(deepest, depthWithoutOfType(environment)), 0);
		if (depth > this.maxDepth) {
			throw mkAbortException(depth, this.maxDepth);
		}
		return SimpleInstrumentationContext.noOp();
	}

	/** Whether every root selection is a field of introspection ({@code __schema}, {@code __type}, {@code __typename}). */
	private static boolean introspectionOnly(OperationDefinition operation) {
		return operation.getSelectionSet()
			.getSelections()
			.stream()
			.allMatch(selection -> selection instanceof Field field && field.getName().startsWith("__"));
	}

	private static int depthWithoutOfType(QueryVisitorFieldEnvironment environment) {
		int depth = 0;
		for (var at = environment; at != null; at = at.getParentEnvironment()) {
			if (!at.getField().getName().equals("ofType")) {
				depth++;
			}
		}
		return depth;
	}

}
