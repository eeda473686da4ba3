package io.policygraph.initiative;

import java.time.LocalDate;

/** The GraphQL input {@code InitiativeFilter}: names as users write them. */
public record InitiativeFilter(String region, String sector, String actor, LocalDate from, LocalDate to, String text,
		String report, Integer section) {

	public static final InitiativeFilter NONE = new InitiativeFilter(null, null, null, null, null, null, null, null);

}
