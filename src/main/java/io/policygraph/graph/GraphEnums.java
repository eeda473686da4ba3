package io.policygraph.graph;

import java.util.Arrays;
import java.util.function.Function;

/**
 * Reads the closed value sets the graph stores as strings (a role, a kind, a status) into
 * the Java enums behind the GraphQL enums. The seed loader and the curator's mutations
 * only ever write values of these enums; a value the API does not know (a database
 * changed by hand, a newer seed) fails the field that reads it with an
 * {@link UnknownValueException}, which the API reports as an error naming the property
 * and the value, while the rest of the response is answered.
 */
public final class GraphEnums {

	private GraphEnums() {
	}

	/**
	 * The constant named {@code value}; an {@link UnknownValueException} naming
	 * {@code property} otherwise.
	 */
	public static <E extends Enum<E>> E read(Class<E> type, String value, String property) {
		return read(type, value, property, Enum::name);
	}

	/**
	 * The constant whose {@code stored} form is {@code value}; an
	 * {@link UnknownValueException} naming {@code property} otherwise.
	 */
	public static <E extends Enum<E>> E read(Class<E> type, String value, String property, Function<E, String> stored) {
		return Arrays.stream(type.getEnumConstants())
			.filter(constant -> stored.apply(constant).equals(value))
			.findFirst()
			.orElseThrow(() -> new UnknownValueException(property, value));
	}

	/** The graph holds a value of a closed set that the API does not know. */
	public static final class UnknownValueException extends IllegalStateException {

		private final String property;

		private final String value;

		UnknownValueException(String property, String value) {
			super("The graph holds " + property + " '" + value
					+ "', which is not a value this API knows; the seed or a curator's change must correct it.");
			this.property = property;
			this.value = value;
		}

		/** The property read, such as {@code Organization.kind}. */
		public String property() {
			return this.property;
		}

		/** The value found. */
		public String value() {
			return this.value;
		}

	}

}
