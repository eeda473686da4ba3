package io.policygraph.web;

import graphql.language.Description;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.util.TreeTransformerUtil;

/**
 * Serves the SDL's description of every custom scalar: graphql-java keeps the description
 * of the scalar object wired in code ({@link DateScalar}) rather than the one written in
 * {@code schema/*.graphqls}, so the schema is transformed once, when it is built.
 */
final class SchemaDescriptions extends GraphQLTypeVisitorStub {

	@Override
	public TraversalControl visitGraphQLScalarType(GraphQLScalarType scalar,
			TraverserContext<GraphQLSchemaElement> context) {
		Description written = scalar.getDefinition() == null ? null : scalar.getDefinition().getDescription();
		if (written == null || written.getContent().equals(scalar.getDescription())) {
			return TraversalControl.CONTINUE;
		}
		return TreeTransformerUtil.changeNode(context,
				scalar.transform(builder -> builder.description(written.getContent())));
	}

}
