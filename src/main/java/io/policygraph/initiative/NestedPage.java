package io.policygraph.initiative;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;

import io.policygraph.graph.ApiProperties;
import io.policygraph.graph.PageRequest;
import io.policygraph.graph.PagedList;

/**
 * A page of the initiatives of one object, asked for by a nested {@code initiatives}
 * field; the key under which the data loader batches all such pages of a request into one
 * query per kind.
 *
 * @param kind how the object's initiatives are found
 * @param id the object's id
 * @param page the page asked for, of the list {@code <Type>.initiatives} of this object
 * @param counted whether the request asks for the list's {@code totalCount}, which costs
 * a count of the whole list
 */
public record NestedPage(Kind kind, String id, PageRequest page, boolean counted) {

	/**
	 * The page that the arguments of the field {@code <type>.initiatives} ask for on the
	 * object {@code id}; its cursors belong to that field of that object only.
	 * @throws io.policygraph.error.InvalidArgumentException for a page size out of range
	 * or a cursor of another list
	 */
	public static NestedPage of(Kind kind, String type, String id, DataFetchingEnvironment field, ApiProperties api) {
		return new NestedPage(kind, id,
				PageRequest.of(list(type, id), field.getArgument("first"), field.getArgument("after"),
						field.getArgument("last"), field.getArgument("before"), api),
				field.getSelectionSet().contains("totalCount"));
	}

	/** The list {@code <type>.initiatives} of the object {@code id}, newest first. */
	public static PagedList list(String type, String id) {
		return new PagedList(type + ".initiatives", List.of(id), PagedList.Order.NEWEST_FIRST);
	}

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
