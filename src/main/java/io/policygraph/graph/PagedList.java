package io.policygraph.graph;

import java.util.List;

/**
 * Which ordered list a page is of: the field ({@code Query.initiatives},
 * {@code Region.initiatives}), what narrows it (the normalized values of the filter, or
 * the id of the object a nested list belongs to) and its order. A cursor carries a
 * fingerprint of it (see {@link PageRequest}), so that a cursor of one list is refused by
 * every other one.
 *
 * @param field the type and field that list, such as {@code Query.initiatives}
 * @param scope what narrows the list: the filter's values with names resolved to ids and
 * text normalized, in a fixed order, or the id of the parent object; nulls stand for "no
 * condition"
 * @param order how the list is sorted, and so what a cursor's key holds
 */
public record PagedList(String field, List<String> scope, Order order) {

	public PagedList {
		scope = scope.stream().map(value -> value == null ? "" : value).toList();
	}

	/**
	 * The sort orders of the paged lists, each with the key that places an item in it.
	 */
	public enum Order {

		/** Initiatives: {@code date DESC, id}; the key is the date and the id. */
		NEWEST_FIRST,
		/** Companies: {@code id}; the key is the id. */
		BY_ID

	}

	/**
	 * The text a cursor's fingerprint is computed from: every part of the list's
	 * identity, unambiguously joined.
	 */
	String identity() {
		var text = new StringBuilder(field).append('\u0000').append(order);
		scope.forEach(value -> text.append('\u0000').append(value.length()).append(':').append(value));
		return text.toString();
	}

}
