package io.policygraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;

import io.policygraph.support.HttpGraphQl;
import io.policygraph.support.PolicyGraphIT;

/**
 * Every kind of bad input (literals of the wrong type for Int, String, Boolean, enums,
 * input objects and lists, variables of the wrong type including objects and lists,
 * unknown fields and arguments, impossible dates, too long strings) gets error messages
 * that say what is wrong and where, in GraphQL's terms: no Java class name, no AST
 * object, no exception, no stack frame.
 */
@PolicyGraphIT
class ErrorHygieneIT {

	/** What no message may contain. */
	private static final List<Pattern> FORBIDDEN = List.of(Pattern.compile("[a-z]+\\.[a-z]+\\.[A-Z]"),
			Pattern.compile("Value\\{"),
			Pattern.compile("\\b(String|Int|Float|Boolean|Enum|Null|Array|Object)Value\\b"),
			Pattern.compile("LinkedHashMap|ArrayList|HashMap|Integer'|'Long'|'Double'"), Pattern.compile("Exception"),
			Pattern.compile("java\\."), Pattern.compile("\\bat (io|graphql|org)\\."), Pattern.compile("MATCH \\("),
			Pattern.compile("TemporalAccessor|LocalDate"), Pattern.compile("ANTLR|AST type|coerced Null|'Map'"),
			Pattern.compile("\\s$"));

	private static final String LONG = "x".repeat(1001);

	@LocalServerPort
	int port;

	@Test
	void everyMessageSaysWhatIsWrongWithoutJavaNames() {
		List<Case> cases = new ArrayList<>();
		// literals of the wrong type
		cases.add(new Case("{ search(text: 5) { score } }", Map.of(), "text"));
		cases.add(new Case("{ search(text: \"x\", first: \"ten\") { score } }", Map.of(), "first", "\"ten\""));
		cases.add(new Case("{ search(text: \"x\", first: 1.5) { score } }", Map.of(), "first", "1.5"));
		cases.add(new Case("{ paths(from: \"a\", to: \"b\", maxHops: 99999999999) { forward: steps { type } } }",
				Map.of(), "maxHops"));
		cases.add(new Case("{ regions(includeHierarchyOnly: \"yes\") { name } }", Map.of(), "includeHierarchyOnly",
				"\"yes\""));
		cases.add(new Case("{ regions(level: PLANET) { name } }", Map.of(), "level", "PLANET"));
		cases.add(new Case("{ regions(level: \"PROVINCE\") { name } }", Map.of(), "level"));
		cases.add(new Case("{ initiatives(filter: \"x\") { totalCount } }", Map.of(), "filter"));
		cases.add(new Case("{ initiatives(filter: {nope: 1}) { totalCount } }", Map.of(), "nope"));
		cases.add(new Case("{ initiatives(filter: {section: \"one\"}) { totalCount } }", Map.of(), "section"));
		cases.add(new Case("{ initiatives(filter: {from: \"2018-02-30\"}) { totalCount } }", Map.of(), "2018-02-30",
				"yyyy-MM-dd"));
		cases.add(new Case("{ initiatives(filter: {from: \"2018-13-01\"}) { totalCount } }", Map.of(), "2018-13-01"));
		cases.add(new Case("{ initiatives(filter: {from: 20180101}) { totalCount } }", Map.of(), "20180101"));
		cases.add(new Case("{ initiatives(filter: {from: [\"2018-01-01\"]}) { totalCount } }", Map.of(), "from"));
		cases.add(new Case("{ search(text: \"x\", types: [1, 2]) { score } }", Map.of(), "types"));
		cases.add(new Case("{ search(text: \"x\", types: [PLANET]) { score } }", Map.of(), "PLANET"));
		cases.add(new Case("{ partnerships(kinds: {a: 1}) { firstDate } }", Map.of(), "kinds"));
		cases.add(new Case("{ node(id: {a: 1}) { id } }", Map.of(), "id"));
		cases.add(new Case("{ node(id: null) { id } }", Map.of(), "id"));
		// unknown fields and arguments, syntax
		cases.add(new Case("{ nope }", Map.of(), "nope"));
		cases.add(new Case("{ entity(name: \"x\", bogus: 1) { name } }", Map.of(), "bogus"));
		cases.add(new Case("{ entity { name } }", Map.of(), "name"));
		cases.add(new Case("{ entity(name: ) { name } }", Map.of(), ""));
		// variables of the wrong type
		String first = "query($f: Int) { search(text: \"x\", first: $f) { score } }";
		cases.add(new Case(first, Map.of("f", Map.of("a", 1)), "f"));
		cases.add(new Case(first, Map.of("f", List.of(1, 2)), "f"));
		cases.add(new Case(first, Map.of("f", "ten"), "f"));
		cases.add(new Case(first, Map.of("f", true), "f"));
		cases.add(new Case(first, Map.of("f", 1.5), "f"));
		String name = "query($t: String!) { entity(name: $t) { name } }";
		cases.add(new Case(name, Map.of("t", Map.of("x", 1)), "t"));
		cases.add(new Case(name, Map.of("t", List.of("a", "b")), "t"));
		cases.add(new Case(name, Map.of("t", LONG), "entity.name", "1001", "1000"));
		cases.add(
				new Case("query($b: Boolean) { regions(includeHierarchyOnly: $b) { name } }", Map.of("b", "yes"), "b"));
		String filter = "query($filter: InitiativeFilter) { initiatives(filter: $filter) { totalCount } }";
		cases.add(new Case(filter, Map.of("filter", "x"), "filter"));
		cases.add(new Case(filter, Map.of("filter", List.of(1)), "filter"));
		cases.add(new Case(filter, Map.of("filter", Map.of("from", "2018-02-30")), "2018-02-30"));
		cases.add(new Case(filter, Map.of("filter", Map.of("from", 20180101)), "20180101"));
		cases.add(new Case(filter, Map.of("filter", Map.of("from", Map.of("y", 1))), "filter",
				"an input object is not a Date"));
		cases.add(new Case(filter, Map.of("filter", Map.of("unknown", 1)), "unknown"));
		cases.add(new Case(filter, Map.of("filter", Map.of("section", "one")), "filter", "'Int'"));
		cases.add(new Case(filter, Map.of("filter", Map.of("text", LONG)), "initiatives.filter.text"));
		String types = "query($types: [EntityType!]) { search(text: \"x\", types: $types) { score } }";
		cases.add(new Case(types, Map.of("types", List.of("PLANET")), "PLANET"));
		cases.add(new Case(types, Map.of("types", List.of(Map.of("a", 1))), "types"));
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("report", "2018-11");
		input.put("section", 2);
		input.put("date", "2018-11-31");
		input.put("text", "x");
		input.put("actors", List.of(Map.of("entity", "天津", "role", "BOSS")));
		cases.add(new Case("mutation($i: InitiativeInput!) { createInitiative(input: $i) { id } }", Map.of("i", input),
				"i"));
		cases.add(new Case("mutation { createInitiative(input: {report: \"2018-11\", section: 2, date: \"2018-11-01\","
				+ " text: \"x\", actors: [{entity: \"天津\", role: BOSS}]}) { id } }", Map.of(), "BOSS"));
		cases.add(new Case(
				"mutation { createInitiative(input: {report: \"2018-11\", section: 2, date: \"2018-11-01\","
						+ " text: \"" + "文".repeat(4001) + "\"}) { id } }",
				Map.of(), "createInitiative.input.text", "4000"));

		// wordings of graphql-java's internals, in the specification's words
		cases.add(new Case(name, nullValue("t"), "Variable 't' of type String! needs a value: it is null or missing"));
		cases.add(new Case(name, Map.of(), "Variable 't' of type String! needs a value: it is null or missing"));
		cases.add(new Case(filter, Map.of("filter", List.of("天津")), "Expected an input object but was"));
		cases.add(new Case("{ search(text: \"x\", first: \"ten\") { score } }", Map.of(), "Expected an integer"));
		cases
			.add(new Case("{ entity(name: \"x\") { name } } \u00a7", Map.of(), "Invalid syntax: unexpected character"));

		List<String> failures = new ArrayList<>();
		for (Case bad : cases) {
			List<ResponseError> errors = new ArrayList<>();
			HttpGraphQl.tester(this.port)
				.document(bad.document())
				.variables(bad.variables())
				.execute()
				.errors()
				.satisfy(errors::addAll);
			String shown = bad.document().substring(0, Math.min(120, bad.document().length())) + " "
					+ bad.variables().toString().substring(0, Math.min(120, bad.variables().toString().length()));
			if (errors.isEmpty()) {
				failures.add("no error for " + shown);
				continue;
			}
			for (ResponseError error : errors) {
				String message = error.getMessage();
				FORBIDDEN.stream()
					.filter(pattern -> pattern.matcher(message).find())
					.forEach(pattern -> failures.add(shown + "\n    -> " + message + "\n    contains " + pattern));
			}
			var said = new StringBuilder();
			errors.forEach(error -> said.append(error.getMessage()).append(' ').append(error.getPath()).append('\n'));
			String messages = said.toString();
			for (String expected : bad.expected()) {
				if (!messages.contains(expected)) {
					failures.add(shown + "\n    -> " + messages + "\n    does not say " + expected);
				}
			}
		}
		assertThat(failures).as("messages of bad requests").isEmpty();
	}

	private static Map<String, Object> nullValue(String name) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(name, null);
		return variables;
	}

	/** A bad request and what its errors must mention. */
	private record Case(String document, Map<String, Object> variables, String... expected) {
	}

}
