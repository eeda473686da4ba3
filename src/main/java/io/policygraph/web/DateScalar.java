package io.policygraph.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.AstPrinter;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/**
 * The GraphQL scalar {@code Date}: a full-date of RFC 3339 (section 5.6),
 * {@code yyyy-MM-dd}, read and written as {@link LocalDate}. Only real calendar dates are
 * accepted, in literals and in variables: {@code 2018-02-30} and {@code 2018-13-01} are
 * errors, not moved to another day. The error says which value was given (as GraphQL
 * prints it) and the form expected. The description served is the SDL's
 * ({@link SchemaDescriptions}).
 */
final class DateScalar {

	/** The scalar, named {@code Date}. */
	static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
		.name("Date")
		.coercing(new DateCoercing())
		.build();

	private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	private DateScalar() {
	}

	/**
	 * The date a string gives; a message naming the value and the expected form
	 * otherwise.
	 */
	static LocalDate parse(String text) {
		if (!FORM.matcher(text).matches()) {
			throw new IllegalArgumentException(expected("\"" + text + "\""));
		}
		try {
			return LocalDate.parse(text, STRICT);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(
					"\"" + text + "\" is not a calendar date: a Date is yyyy-MM-dd with a month"
							+ " from 01 to 12 and a day that month has, such as 2018-10-22");
		}
	}

	private static String expected(String given) {
		return given + " is not a Date: a Date is a string yyyy-MM-dd, a real calendar date such as 2018-10-22";
	}

	/** A variable's value as GraphQL would write it: no Java class names. */
	private static String describe(Object value) {
		if (value instanceof Map<?, ?>) {
			return "an input object";
		}
		if (value instanceof Collection<?>) {
			return "a list";
		}
		return String.valueOf(value);
	}

	private static final class DateCoercing implements Coercing<LocalDate, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			if (value instanceof LocalDate date) {
				return date.format(STRICT);
			}
			if (value instanceof String text) {
				try {
					return parse(text).format(STRICT);
				}
				catch (IllegalArgumentException ex) {
					throw new CoercingSerializeException(ex.getMessage());
				}
			}
			throw new CoercingSerializeException("The value is not a date");
		}

		@Override
		public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
			if (!(input instanceof String text)) {
				throw new CoercingParseValueException(expected(describe(input)));
			}
			try {
				return parse(text);
			}
			catch (IllegalArgumentException ex) {
				throw new CoercingParseValueException(ex.getMessage());
			}
		}

		@Override
		public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
				Locale locale) {
			if (!(input instanceof StringValue string)) {
				throw new CoercingParseLiteralException(expected(AstPrinter.printAst(input)));
			}
			try {
				return parse(string.getValue());
			}
			catch (IllegalArgumentException ex) {
				throw new CoercingParseLiteralException(ex.getMessage());
			}
		}

		@Override
		public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
			return StringValue.of(serialize(input, context, locale));
		}

	}

}
