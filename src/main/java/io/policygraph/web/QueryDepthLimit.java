package io.policygraph.web;

import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.introspection.Introspection;
import graphql.util.TraversalControl;

/**
 * Refuses an operation whose fields nest deeper than {@code policygraph.limits.max-depth}
 * before any field is fetched. Introspection ({@code __schema}, {@code __type}) is not
 * counted: a client's schema download nests {@code ofType} deeper than any data query, is
 * governed by {@code spring.graphql.schema.introspection.enabled}, and graphql-java
 * bounds its shape itself (good-faith introspection).
 */
class QueryDepthLimit extends SimplePerformantInstrumentation {

	private final int maxDepth;

	QueryDepthLimit(int maxDepth) {
		this.maxDepth = maxDepth;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		int depth = depth(QueryTraverser.newQueryTraverser()
			.schema(context.getGraphQLSchema())
			.document(context.getDocument())
			.operationName(context.getExecutionInput().getOperationName())
			.coercedVariables(context.getCoercedVariables())
			.build());
		if (depth > this.maxDepth) {
			throw new AbortExecutionException("The query nests fields " + depth + " deep; the limit is " + this.maxDepth
					+ " (policygraph.limits.max-depth)");
		}
		return SimpleInstrumentationContext.noOp();
	}

	/**
	 * The deepest chain of fields, a top-level field being 1 deep, introspection skipped.
	 */
	static int depth(QueryTraverser traverser) {
		var deepest = new AtomicInteger();
		traverser.visitPreOrder(new QueryVisitorStub() {

			@Override
			public TraversalControl visitFieldWithControl(QueryVisitorFieldEnvironment environment) {
				String name = environment.getField().getName();
				if (name.equals(Introspection.SchemaMetaFieldDef.getName())
						|| name.equals(Introspection.TypeMetaFieldDef.getName())) {
					return TraversalControl.ABORT;
				}
				int depth = 0;
				for (var field = environment; field != null; field = field.getParentEnvironment()) {
					depth++;
				}
				deepest.accumulateAndGet(depth, Math::max);
				return TraversalControl.CONTINUE;
			}

		});
		return deepest.get();
	}

}
