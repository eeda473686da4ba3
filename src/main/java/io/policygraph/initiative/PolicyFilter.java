package io.policygraph.initiative;

import java.time.LocalDate;

/** The GraphQL input {@code PolicyFilter}. */
public record PolicyFilter(String issuer, String sector, LocalDate from, LocalDate to) {

	public static final PolicyFilter NONE = new PolicyFilter(null, null, null, null);

}
