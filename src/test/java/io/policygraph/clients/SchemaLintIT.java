package io.policygraph.clients;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.policygraph.support.NodeScript;
import io.policygraph.support.PolicyGraphIT;

/**
 * The schema as served, linted by graphql-schema-linter
 * ({@code src/test/clients/schema-lint.mjs}): every type, field, argument, input field
 * and enum value has a description, every type is used, names follow GraphQL's
 * conventions. On failure the linter's report lists each violation.
 */
@PolicyGraphIT
class SchemaLintIT {

	@LocalServerPort
	int port;

	@Test
	void servedSchemaPassesTheLinter() {
		NodeScript.Run run = NodeScript.run("schema-lint.mjs", 120, "http://localhost:" + this.port + "/graphql");
		assertThat(run.succeeded()).as("graphql-schema-linter on the served schema:%n%s", run.output()).isTrue();
		assertThat(run.output()).contains("served schema printed to");
	}

}
