package io.policygraph.web;

import java.nio.charset.StandardCharsets;

import graphql.ExecutionInput;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Field;
import graphql.language.NodeVisitorStub;
import graphql.language.NodeTraverser;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/**
 * Rejects oversized documents before they are parsed, and documents with too many fields
 * or aliases before they are validated: cheap requests that would make expensive work.
 */
class DocumentLimits extends SimplePerformantInstrumentation {

	private final QueryLimits limits;

	DocumentLimits(QueryLimits limits) {
		this.limits = limits;
	}

	@Override
	public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		long bytes = input.getQuery().getBytes(StandardCharsets.UTF_8).length;
		if (bytes > limits.maxDocumentSize().toBytes()) {
			throw new AbortExecutionException("The query document has " + bytes + " bytes; the limit is "
					+ limits.maxDocumentSize().toBytes() + " (policygraph.limits.max-document-size)");
		}
		return input;
	}

	@Override
	public DocumentAndVariables instrumentDocumentAndVariables(DocumentAndVariables documentAndVariables,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		var counter = new FieldCounter();
		new NodeTraverser().preOrder(counter, documentAndVariables.getDocument());
		if (counter.aliases > limits.maxAliases()) {
			throw new AbortExecutionException("The query has " + counter.aliases + " aliased fields; the limit is "
					+ limits.maxAliases() + " (policygraph.limits.max-aliases)");
		}
		if (counter.fields > limits.maxFields()) {
			throw new AbortExecutionException("The query selects " + counter.fields + " fields; the limit is "
					+ limits.maxFields() + " (policygraph.limits.max-fields)");
		}
		return documentAndVariables;
	}

	private static final class FieldCounter extends NodeVisitorStub {

		int fields;

		int aliases;

		@Override
		public TraversalControl visitField(Field field, TraverserContext<graphql.language.Node> context) {
			fields++;
			if (field.getAlias() != null) {
				aliases++;
			}
			return TraversalControl.CONTINUE;
		}

	}

}
