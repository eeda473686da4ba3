package io.policygraph.initiative;

import io.policygraph.graph.PageRequest;

/**
 * A page of the initiatives of one object, asked for by a nested {@code initiatives} field; the key
 * under which the data loader batches all such pages of a request into one query per kind.
 */
public record NestedPage(Kind kind, String id, PageRequest page) {

	/** How an object's initiatives are found. */
	public enum Kind {

		/** Located in the region or in its cities and districts. */
		REGION,
		/** Concerning the sector. */
		SECTOR,
		/** Printed in the report. */
		REPORT,
		/** The entity acted in them. */
		ACTOR,
		/** The company or one of its subsidiaries and branches acted in them. */
		GROUP

	}

}
