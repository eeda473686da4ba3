package io.policygraph.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the messages graphql-java gives for bad input into GraphQL's terms, at one
 * place for every error of a response ({@link CorrelationIds}). Validation errors print
 * the literal given as graphql-java's syntax tree ({@code StringValue{value='x'}}),
 * scalar errors name the tree's node types ({@code but it was a 'StringValue'}) and
 * variable errors name the Java class of the JSON value ({@code 'LinkedHashMap'}); here
 * the literal is printed as GraphQL writes it ({@code "x"}, {@code {from: "2018-02-30"}})
 * and types are named as a client knows them (a string, an input object, a list).
 * Everything else of the message, which says what is wrong and where, is kept.
 */
final class ErrorMessages {

	/** A literal as graphql-java's syntax tree prints it. */
	private static final Pattern AST = Pattern.compile(
			"(StringValue|IntValue|FloatValue|BooleanValue|EnumValue|NullValue|ArrayValue|ObjectValue|VariableReference)\\{");

	/**
	 * A syntax-tree node type or a Java class quoted as the kind of a value, with its
	 * article: {@code a 'LinkedHashMap'}, {@code 'IntValue'}; or any quoted name after
	 * "was" ({@code but was 'Boolean'}).
	 */
	private static final Pattern KIND = Pattern.compile("(?:\\ban? )?'(StringValue|IntValue|FloatValue|BooleanValue"
			+ "|EnumValue|NullValue|ArrayValue|ObjectValue|VariableReference|LinkedHashMap|HashMap|ArrayList|Integer|Long"
			+ "|BigInteger|Double|BigDecimal|Character)'|(?<=\\bwas )(?:an? )?'([A-Za-z]+)'");

	private static final Map<String, String> KINDS = Map.ofEntries(Map.entry("StringValue", "a string"),
			Map.entry("IntValue", "an integer"), Map.entry("FloatValue", "a float"),
			Map.entry("BooleanValue", "a boolean"), Map.entry("EnumValue", "an enum value"),
			Map.entry("NullValue", "null"), Map.entry("ArrayValue", "a list"),
			Map.entry("ObjectValue", "an input object"), Map.entry("VariableReference", "a variable"),
			Map.entry("LinkedHashMap", "an input object"), Map.entry("HashMap", "an input object"),
			Map.entry("Map", "an input object"), Map.entry("ArrayList", "a list"), Map.entry("List", "a list"),
			Map.entry("Integer", "an integer"), Map.entry("Long", "an integer"), Map.entry("BigInteger", "an integer"),
			Map.entry("Double", "a number"), Map.entry("BigDecimal", "a number"), Map.entry("Boolean", "a boolean"),
			Map.entry("String", "a string"), Map.entry("Character", "a string"));

	/**
	 * graphql-java's wordings that speak of its internals (its parser, its syntax tree,
	 * its coercion), in the words of the GraphQL specification.
	 */
	private static final List<Rewrite> REWRITES = List.of(new Rewrite(
			"Variable '(\\w+)' has an invalid value: Variable '\\1' has coerced Null value for NonNull type '([^']+)'",
			"Variable '$1' of type $2 needs a value: it is null or missing"),
			new Rewrite("Variable '(\\w+)' has coerced Null value for NonNull type '([^']+)'",
					"Variable '$1' of type $2 needs a value: it is null or missing"),
			new Rewrite("Expected type 'Map' but was", "Expected an input object but was"),
			new Rewrite("Expected an AST type of ", "Expected "),
			new Rewrite("Invalid syntax with ANTLR error 'token recognition error at: ([^']*)'",
					"Invalid syntax: unexpected character $1"),
			new Rewrite("Invalid syntax with ANTLR error '([^']*)'", "Invalid syntax: $1"),
			new Rewrite("Invalid syntax with offending token", "Invalid syntax: unexpected token"));

	private ErrorMessages() {
	}

	/** A rewrite of one wording: a regular expression and its replacement. */
	private record Rewrite(Pattern pattern, String replacement) {

		Rewrite(String regex, String replacement) {
			this(Pattern.compile(regex), replacement);
		}

	}

	/**
	 * The message with literals printed as GraphQL and no Java or syntax-tree type names.
	 */
	static String clean(String message) {
		if (message == null) {
			return null;
		}
		String cleaned = printLiterals(message);
		cleaned = cleaned.replace("Variables for input objects must be an instance of type 'Map'",
				"Variables for input objects must be JSON objects");
		for (Rewrite rewrite : REWRITES) {
			cleaned = rewrite.pattern().matcher(cleaned).replaceAll(rewrite.replacement());
		}
		Matcher kinds = KIND.matcher(cleaned);
		StringBuilder out = new StringBuilder();
		while (kinds.find()) {
			String kind = KINDS.get(kinds.group(1) != null ? kinds.group(1) : kinds.group(2));
			kinds.appendReplacement(out, Matcher.quoteReplacement(kind == null ? kinds.group() : kind));
		}
		kinds.appendTail(out);
		return out.toString().replaceAll("java\\.[a-z.]+\\.([A-Z][A-Za-z]*)", "$1").strip();
	}

	private static String printLiterals(String message) {
		StringBuilder out = new StringBuilder();
		int from = 0;
		Matcher start = AST.matcher(message);
		while (start.find(from)) {
			var reader = new Reader(message, start.start());
			String printed = reader.value();
			if (printed == null) {
				out.append(message, from, start.end());
				from = start.end();
				continue;
			}
			out.append(message, from, start.start()).append(printed);
			from = reader.at;
		}
		return out.append(message.substring(from)).toString();
	}

	/**
	 * Reads graphql-java's {@code toString} of a literal and prints it as GraphQL; null
	 * when it cannot.
	 */
	private static final class Reader {

		private final String text;

		int at;

		Reader(String text, int at) {
			this.text = text;
			this.at = at;
		}

		String value() {
			if (take("StringValue{value='")) {
				String value = until("'}");
				return value == null ? null : '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
			}
			if (take("IntValue{value=") || take("FloatValue{value=") || take("BooleanValue{value=")) {
				return until("}");
			}
			if (take("EnumValue{name='")) {
				return until("'}");
			}
			if (take("VariableReference{name='")) {
				String name = until("'}");
				return name == null ? null : "$" + name;
			}
			if (take("NullValue{}")) {
				return "null";
			}
			if (take("ArrayValue{values=[")) {
				var items = new StringBuilder("[");
				while (!take("]}")) {
					if (items.length() > 1 && !take(", ")) {
						return null;
					}
					String item = value();
					if (item == null) {
						return null;
					}
					items.append(items.length() > 1 ? ", " : "").append(item);
				}
				return items.append("]").toString();
			}
			if (take("ObjectValue{objectFields=[")) {
				var fields = new StringBuilder("{");
				while (!take("]}")) {
					if (fields.length() > 1 && !take(", ")) {
						return null;
					}
					if (!take("ObjectField{name='")) {
						return null;
					}
					String name = until("', value=");
					String value = name == null ? null : value();
					if (value == null || !take("}")) {
						return null;
					}
					fields.append(fields.length() > 1 ? ", " : "").append(name).append(": ").append(value);
				}
				return fields.append("}").toString();
			}
			return null;
		}

		private boolean take(String expected) {
			if (this.text.startsWith(expected, this.at)) {
				this.at += expected.length();
				return true;
			}
			return false;
		}

		private String until(String end) {
			int found = this.text.indexOf(end, this.at);
			if (found < 0) {
				return null;
			}
			String read = this.text.substring(this.at, found);
			this.at = found + end.length();
			return read;
		}

	}

}
