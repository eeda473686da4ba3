package io.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.SchemaMappingInspector;
import org.springframework.graphql.execution.SchemaReport;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.policygraph.support.PolicyGraphIT;

@PolicyGraphIT
class SchemaIT {

	@Autowired
	GraphQlSource graphQl;

	@Test
	void everyFieldOfTheSchemaIsMapped() {
		GraphQLSchema schema = graphQl.schema();
		Map<String, Map<String, DataFetcher>> fetchers = new HashMap<>();
		for (GraphQLNamedType type : schema.getAllTypesAsList()) {
			if (type instanceof GraphQLObjectType object && !object.getName().startsWith("__")) {
				object.getFieldDefinitions().forEach(field -> {
					var coordinates = FieldCoordinates.coordinates(object, field);
					if (schema.getCodeRegistry().hasDataFetcher(coordinates)) {
						fetchers.computeIfAbsent(object.getName(), name -> new HashMap<>())
							.put(field.getName(), schema.getCodeRegistry().getDataFetcher(coordinates, field));
					}
				});
			}
		}
		SchemaReport report = SchemaMappingInspector.inspect(schema, fetchers);

		assertThat(report.unmappedFields()).isEmpty();
		assertThat(report.unmappedArguments()).isEmpty();
		assertThat(report.skippedTypes()).isEmpty();
	}

	@Test
	void everyTypeAndFieldIsDescribed() {
		GraphQLSchema schema = graphQl.schema();
		for (GraphQLNamedType type : schema.getAllTypesAsList()) {
			if (type.getName().startsWith("__") || type.getName().equals("String") || type.getName().equals("Boolean")
					|| type.getName().equals("Int") || type.getName().equals("Float") || type.getName().equals("ID")) {
				continue;
			}
			assertThat(type.getDescription()).as("description of type %s", type.getName()).isNotBlank();
			if (type instanceof graphql.schema.GraphQLFieldsContainer container) {
				container.getFieldDefinitions()
					.forEach(field -> assertThat(field.getDescription()).as("%s.%s", type.getName(), field.getName())
						.isNotBlank());
			}
		}
	}

}
