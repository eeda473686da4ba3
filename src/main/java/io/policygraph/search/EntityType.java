package io.policygraph.search;

import io.policygraph.graph.GraphObject;

/**
 * The GraphQL enum {@code EntityType}: the kinds of objects search returns, each a node
 * label.
 */
enum EntityType {

	MINISTRY("Ministry"), REGION("Region"), COMPANY("Company"), ORGANIZATION("Organization"), SECTOR("Sector"),
	EVENT("Event"), INITIATIVE("Initiative"), POLICY("Policy");

	final String label;

	EntityType(String label) {
		this.label = label;
	}

	/**
	 * Whether an object is of this kind: each record of the graph is named after its
	 * label.
	 */
	boolean holds(GraphObject node) {
		return label.equals(node.getClass().getSimpleName());
	}

}
