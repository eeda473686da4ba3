package io.policygraph.stats;

import java.util.List;

/** Counts of what the graph holds. */
public record Stats(long nodes, long relationships, List<Count> labels, List<Count> relationshipTypes,
		List<Count> initiativesBySector, List<Count> initiativesByRegion, List<Count> initiativesByMonth) {

	/** How many nodes carry a label, or how many relationships have a type. */
	public record Count(String name, long count) {
	}

}
