package io.policygraph.search;

/** The GraphQL enum {@code EntityType}: the kinds of objects search returns, each a node label. */
enum EntityType {

	MINISTRY("Ministry"), REGION("Region"), COMPANY("Company"), ORGANIZATION("Organization"), SECTOR("Sector"),
	EVENT("Event"), INITIATIVE("Initiative"), POLICY("Policy");

	final String label;

	EntityType(String label) {
		this.label = label;
	}

}
