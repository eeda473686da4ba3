package io.policygraph.curation;

import java.time.LocalDate;
import java.util.List;

import io.policygraph.graph.ActorRole;

/** The GraphQL input {@code InitiativeInput}. */
public record InitiativeInput(String report, Integer section, LocalDate date, String text, String region,
		String sourceUrl, List<String> sectors, List<ActorInput> actors) {

	public InitiativeInput {
		sectors = sectors == null ? List.of() : sectors;
		actors = actors == null ? List.of() : actors;
	}

	/** The GraphQL input {@code ActorInput}: a party by name and how it acted. */
	public record ActorInput(String entity, ActorRole role) {
	}

}
