package io.policygraph.curation;

import java.time.LocalDate;
import java.util.List;

/** The GraphQL input {@code InitiativeInput}. */
public record InitiativeInput(String report, Integer section, LocalDate date, String text, String region,
		String sourceUrl, List<String> sectors, List<ActorInput> actors) {

	public InitiativeInput {
		sectors = sectors == null ? List.of() : sectors;
		actors = actors == null ? List.of() : actors;
	}

	/** The GraphQL input {@code ActorInput}. */
	public record ActorInput(String entity, String role) {
	}

}
