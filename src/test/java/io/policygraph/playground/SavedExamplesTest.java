package io.policygraph.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.ParseAndValidate;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The saved examples as the playground reads them, held against the SDL without a running
 * API.
 */
class SavedExamplesTest {

	private final List<Example> examples = new SavedExamples(new PathMatchingResourcePatternResolver()).all();

	@Test
	void examplesAreReadInFileOrderWithTheirTitles() {
		assertThat(examples).hasSizeGreaterThanOrEqualTo(8);
		assertThat(examples.get(0).id()).isEqualTo("companies-in-tianjin");
		assertThat(examples.get(0).title())
			.isEqualTo("Companies that worked with 天津市: with whom, in what sector, when, and the source");
		assertThat(examples).extracting(Example::id).doesNotHaveDuplicates();
		assertThat(examples)
			.allSatisfy(example -> assertThat(example.query()).startsWith("# " + example.title() + "\n"));
	}

	@Test
	void everyExampleIsAValidQueryOfTheSchema() {
		GraphQLSchema schema = schema();
		assertThat(examples).allSatisfy(example -> {
			List<GraphQLError> errors = ParseAndValidate
				.parseAndValidate(schema, ExecutionInput.newExecutionInput(example.query()).build())
				.getErrors();
			assertThat(errors).as(example.id()).isEmpty();
		});
	}

	@Test
	void everyExampleNamesItsOperationSoThatItsTabHasATitle() {
		assertThat(examples)
			.allSatisfy(example -> assertThat(example.query()).containsPattern("(?m)^query [A-Z]\\w+ \\{"));
	}

	@Test
	void aFileWithoutATitleCommentIsRejected() {
		assertThatIllegalStateException().isThrownBy(() -> Example.parse("07-untitled.graphql", "{ stats { nodes } }"))
			.withMessageContaining("07-untitled.graphql");
		assertThatIllegalStateException().isThrownBy(() -> Example.parse("blank.graphql", "#  \n{ stats { nodes } }"));
	}

	@Test
	void theOrderNumberIsNotPartOfTheId() {
		assertThat(Example.parse("10-a-province.graphql", "# A province\n{ regions { name } }\n"))
			.isEqualTo(new Example("a-province", "A province", "# A province\n{ regions { name } }\n"));
	}

	/**
	 * The SDL as the service loads it: schema/*.graphqls, copied to classpath:graphql/.
	 */
	private static GraphQLSchema schema() {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		try {
			for (Resource file : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:graphql/*.graphqls")) {
				registry.merge(new SchemaParser().parse(file.getContentAsString(StandardCharsets.UTF_8)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
	}

}
