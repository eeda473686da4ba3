package io.policygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import io.policygraph.support.Curators;
import io.policygraph.support.PolicyGraphIT;
import tools.jackson.databind.json.JsonMapper;

/**
 * Queries generated from the schema itself, valid and broken, with hostile argument
 * values: never an HTTP 5xx, never an internal error, never a stack trace, class name or
 * Cypher in a response.
 */
@PolicyGraphIT
class FuzzIT {

	/**
	 * Cypher and Lucene metacharacters, control characters, mixed scripts, very long
	 * text.
	 */
	static final List<String> NASTY = List.of("天津", "Tianjin", "' OR 1=1 //", "\") RETURN n //",
			"MATCH (n) DETACH DELETE n", "*", "~", "a:b", "\\", "\"", "{}[]()^", "AND OR NOT", "\u0000\u0007\u001b",
			"𝔘𝔫𝔦𝔠𝔬𝔡𝔢 مرحبا Привет 天津", "x".repeat(5000), "", " ", "%s%n", "${jndi:ldap://x}",
			"<script>alert(1)</script>");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@Autowired
	GraphQlSource graphQl;

	@Test
	void generatedQueriesNeverLeakAnInternalError() {
		var random = new Random(20181115L);
		GraphQLObjectType query = graphQl.schema().getQueryType();
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			GraphQLFieldDefinition field = query.getFieldDefinitions()
				.get(random.nextInt(query.getFieldDefinitions().size()));
			String document = "{ " + field(field, random, 0) + " }";
			if (random.nextInt(5) == 0) {
				document = breakIt(document, random);
			}
			HttpResponse<String> response = post(document, null);
			String body = response.body();
			if (response.statusCode() >= 500 || body.contains("INTERNAL_ERROR") || body.contains("Exception")
					|| body.contains("org.neo4j") || body.contains("MATCH (") || body.contains("\tat ")) {
				failures.add(response.statusCode() + " " + document.substring(0, Math.min(300, document.length()))
						+ " -> " + body.substring(0, Math.min(300, body.length())));
			}
		}
		assertThat(failures).isEmpty();
	}

	/**
	 * Every string argument of every query field, and of the curators' mutations, gets
	 * every hostile value.
	 */
	@Test
	void everyStringArgumentTakesHostileTextCleanly() {
		List<String> failures = new ArrayList<>();
		GraphQLObjectType query = graphQl.schema().getQueryType();
		for (GraphQLFieldDefinition field : query.getFieldDefinitions()) {
			for (GraphQLArgument argument : field.getArguments()) {
				GraphQLType type = argument.getType() instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType()
						: argument.getType();
				if (!(type instanceof GraphQLScalarType scalar) || !scalar.getName().equals("String")) {
					continue;
				}
				for (String value : NASTY) {
					String required = field.getArguments()
						.stream()
						.filter(other -> other != argument && other.getType() instanceof GraphQLNonNull)
						.map(other -> other.getName() + ": \"天津\"")
						.reduce("", (a, b) -> a + ", " + b);
					String document = "{ " + field.getName() + "(" + argument.getName() + ": "
							+ JSON.writeValueAsString(value) + required + ") { __typename } }";
					check(document, value, null, failures);
				}
			}
		}
		String curator = Curators.KEY;
		for (String value : NASTY) {
			String literal = JSON.writeValueAsString(value);
			check("mutation { addAlias(entity: " + literal + ", alias: " + literal + ") { id } }", value, curator,
					failures);
			check("mutation { createInitiative(input: {report: " + literal
					+ ", section: 2, date: \"2018-11-01\", text: " + literal + ", region: " + literal + "}) { id } }",
					value, curator, failures);
		}
		assertThat(failures).isEmpty();
	}

	/**
	 * Errors may quote the client's own text back; anything else of the server's inside
	 * must not show.
	 */
	private void check(String document, String value, String apiKey, List<String> failures) {
		HttpResponse<String> response = post(document, apiKey);
		String quoted = JSON.writeValueAsString(value);
		String body = value.isEmpty() ? response.body()
				: response.body().replace(quoted.substring(1, quoted.length() - 1), "");
		if (response.statusCode() >= 500 || body.contains("INTERNAL_ERROR") || body.contains("Exception")
				|| body.contains("org.neo4j") || body.contains("MATCH (")) {
			failures.add(response.statusCode() + " " + document.substring(0, Math.min(200, document.length())) + " -> "
					+ body.substring(0, Math.min(300, body.length())));
		}
	}

	/**
	 * POSTs the document as raw HTTP, whatever the status, with
	 * {@code Authorization: Bearer} if a key is given.
	 */
	private HttpResponse<String> post(String document, String apiKey) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString(JSON.writeValueAsString(Map.of("query", document, "variables", Map.of()))));
		if (apiKey != null) {
			request.header("Authorization", "Bearer " + apiKey);
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private String field(GraphQLFieldDefinition field, Random random, int depth) {
		var text = new StringBuilder(field.getName());
		var arguments = new ArrayList<String>();
		for (GraphQLArgument argument : field.getArguments()) {
			if (argument.getType() instanceof GraphQLNonNull || random.nextBoolean()) {
				arguments.add(argument.getName() + ": " + value(argument.getType(), random, 0));
			}
		}
		if (!arguments.isEmpty()) {
			text.append('(').append(String.join(", ", arguments)).append(')');
		}
		GraphQLType type = unwrap(field.getType());
		if (type instanceof GraphQLFieldsContainer container) {
			text.append(" { __typename ").append(selection(container, random, depth + 1)).append('}');
		}
		return text.toString();
	}

	private String selection(GraphQLFieldsContainer container, Random random, int depth) {
		if (depth > 4) {
			return "";
		}
		var text = new StringBuilder();
		List<GraphQLFieldDefinition> fields = container.getFieldDefinitions();
		for (int n = 0; n < 1 + random.nextInt(3); n++) {
			text.append(field(fields.get(random.nextInt(fields.size())), random, depth)).append(' ');
		}
		if (container instanceof GraphQLInterfaceType interfaceType) {
			List<GraphQLObjectType> implementations = graphQl.schema().getImplementations(interfaceType);
			GraphQLObjectType implementation = implementations.get(random.nextInt(implementations.size()));
			text.append("... on ")
				.append(implementation.getName())
				.append(" { ")
				.append(selection(implementation, random, depth + 1))
				.append("__typename } ");
		}
		return text.toString();
	}

	private String value(GraphQLInputType type, Random random, int depth) {
		GraphQLType unwrapped = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
		if (unwrapped instanceof GraphQLList list) {
			return depth > 2 ? "[]" : "[" + value((GraphQLInputType) list.getWrappedType(), random, depth + 1) + "]";
		}
		if (unwrapped instanceof GraphQLEnumType enumType) {
			return random.nextInt(6) == 0 ? "NOT_A_VALUE"
					: enumType.getValues().get(random.nextInt(enumType.getValues().size())).getName();
		}
		if (unwrapped instanceof GraphQLInputObjectType object) {
			var fields = new ArrayList<String>();
			object.getFieldDefinitions().forEach(field -> {
				if (field.getType() instanceof GraphQLNonNull || random.nextBoolean()) {
					fields.add(field.getName() + ": " + value(field.getType(), random, depth + 1));
				}
			});
			return "{" + String.join(", ", fields) + "}";
		}
		String scalar = ((GraphQLScalarType) unwrapped).getName();
		return switch (scalar) {
			case "Int" -> String.valueOf(List.of(-1, 0, 1, 3, 20, 100, 101, Integer.MAX_VALUE).get(random.nextInt(8)));
			case "Float" -> "1.5";
			case "Boolean" -> String.valueOf(random.nextBoolean());
			case "Date" -> JSON.writeValueAsString(
					List.of("2018-10-22", "2018-13-01", "yesterday", "2018-11-15").get(random.nextInt(4)));
			default -> JSON.writeValueAsString(NASTY.get(random.nextInt(NASTY.size())));
		};
	}

	/**
	 * A document with a character removed or doubled somewhere: syntax errors must be
	 * answered cleanly too.
	 */
	private static String breakIt(String document, Random random) {
		int at = random.nextInt(document.length());
		return random.nextBoolean() ? document.substring(0, at) + document.substring(at + 1)
				: document.substring(0, at) + document.charAt(at) + document.substring(at);
	}

	private static GraphQLType unwrap(GraphQLOutputType type) {
		GraphQLType current = type;
		while (current instanceof GraphQLNonNull || current instanceof GraphQLList) {
			current = current instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType()
					: ((GraphQLList) current).getWrappedType();
		}
		return current;
	}

}
