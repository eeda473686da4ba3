package io.policygraph.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.execution.ErrorType;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.SourceLocation;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLDirectiveContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;

/**
 * Refuses a request with a String or ID argument longer than its limit before anything is
 * fetched: every argument of every field of the operation, with list items and the fields
 * of input objects, as coerced from literals and variables. The limit is
 * {@code policygraph.limits.max-string-length}, or the {@code @maxLength(chars:)} the
 * schema puts on the argument or input field. Lengths are counted in characters (Unicode
 * code points). The error is one BAD_REQUEST naming the argument's path
 * ({@code createInitiative.input.text}), its length, the limit and where the limit is
 * set.
 */
class StringLimits extends SimplePerformantInstrumentation {

	/** The schema directive that gives an argument or input field its own limit. */
	static final String DIRECTIVE = "maxLength";

	private final int defaultLimit;

	StringLimits(QueryLimits limits) {
		this.defaultLimit = limits.maxStringLength();
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext execution = parameters.getExecutionContext();
		var check = new Check();
		QueryTraverser.newQueryTraverser()
			.schema(execution.getGraphQLSchema())
			.document(execution.getDocument())
			.operationName(execution.getOperationDefinition().getName())
			.coercedVariables(execution.getCoercedVariables())
			.build()
			.visitPreOrder(check);
		if (check.violation != null) {
			throw new AbortExecutionException(List.of(check.violation));
		}
		return super.beginExecuteOperation(parameters, state);
	}

	private final class Check extends QueryVisitorStub {

		GraphQLError violation;

		@Override
		public void visitField(QueryVisitorFieldEnvironment environment) {
			if (violation != null || environment.isTypeNameIntrospectionField()) {
				return;
			}
			String field = path(environment);
			Map<String, Object> arguments = environment.getArguments();
			for (GraphQLArgument argument : environment.getFieldDefinition().getArguments()) {
				if (violation == null && arguments.get(argument.getName()) != null) {
					check(field + "." + argument.getName(), arguments.get(argument.getName()), argument.getType(),
							limitOf(argument), environment.getField().getSourceLocation());
				}
			}
		}

		private void check(String path, Object value, GraphQLInputType type, Integer limit, SourceLocation location) {
			GraphQLType unwrapped = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
			if (unwrapped instanceof GraphQLList list && value instanceof List<?> items) {
				for (int i = 0; i < items.size() && violation == null; i++) {
					if (items.get(i) != null) {
						check(path + "[" + i + "]", items.get(i), (GraphQLInputType) list.getWrappedType(), limit,
								location);
					}
				}
			}
			else if (unwrapped instanceof GraphQLInputObjectType object && value instanceof Map<?, ?> fields) {
				for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
					if (violation == null && fields.get(field.getName()) != null) {
						check(path + "." + field.getName(), fields.get(field.getName()), field.getType(),
								limitOf(field), location);
					}
				}
			}
			else if (unwrapped instanceof GraphQLScalarType && value instanceof String text) {
				int max = limit != null ? limit : defaultLimit;
				if (text.length() > max && text.codePointCount(0, text.length()) > max) {
					violation = tooLong(path, text.codePointCount(0, text.length()), max, limit != null, location);
				}
			}
		}

	}

	private static GraphQLError tooLong(String path, int length, int limit, boolean ownLimit, SourceLocation location) {
		String where = ownLimit ? "this argument's own limit, given in its description"
				: "policygraph.limits.max-string-length";
		return GraphQLError.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message("%s has %d characters; the limit is %d (%s)".formatted(path, length, limit, where))
			.location(location)
			.extensions(Map.of("argument", path, "length", length, "limit", limit, "limitSetBy",
					ownLimit ? "@maxLength" : "policygraph.limits.max-string-length"))
			.build();
	}

	/**
	 * The field's path from the operation's root, by field names:
	 * {@code entity.initiatives}.
	 */
	private static String path(QueryVisitorFieldEnvironment environment) {
		var names = new ArrayList<String>();
		for (var at = environment; at != null; at = at.getParentEnvironment()) {
			names.add(0, at.getField().getName());
		}
		return String.join(".", names);
	}

	/**
	 * The argument's or input field's own limit, from {@code @maxLength(chars:)}; null
	 * when it has none.
	 */
	private static Integer limitOf(GraphQLDirectiveContainer element) {
		GraphQLAppliedDirective directive = element.getAppliedDirective(DIRECTIVE);
		return directive == null ? null : directive.getArgument("chars").getValue();
	}

}
