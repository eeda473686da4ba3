package io.policygraph.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Relay cursor connections (https://relay.dev/graphql/connections.htm): a page of edges,
 * where it stands in its list, and how many items the list holds. The repositories read a
 * {@link Slice} with keyset predicates; {@link PageRequest} says how it becomes a page.
 */
public final class Connections {

	private Connections() {
	}

	/**
	 * The GraphQL {@code PageInfo}.
	 *
	 * @param hasNextPage items follow the page: {@code first} cut some off, or the list
	 * holds items at or after {@code before}
	 * @param hasPreviousPage items precede the page: {@code last} cut some off, or the
	 * list holds items at or before {@code after}
	 * @param startCursor the cursor of the page's first edge; null for an empty page
	 * @param endCursor the cursor of the page's last edge; null for an empty page
	 */
	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

	/**
	 * What a repository read for a page.
	 *
	 * @param items up to {@link PageRequest#fetch()} items between the cursors, in the
	 * list's order, or in reverse order from the end of the window for a
	 * {@link PageRequest#backward()} page
	 * @param total how many items the whole list holds, cursors aside
	 * @param itemsBeforeAfter the list holds items at or before the {@code after}
	 * cursor's key
	 * @param itemsAfterBefore the list holds items at or after the {@code before}
	 * cursor's key
	 */
	public record Slice<T>(List<T> items, long total, boolean itemsBeforeAfter, boolean itemsAfterBefore) {

		/**
		 * Nothing read: an empty list (the initiatives of a summit, or of an object the
		 * graph lacks).
		 */
		public static <T> Slice<T> empty() {
			return new Slice<>(List.of(), 0, false, false);
		}

	}

	/** An edge of {@code InitiativeConnection}. */
	public record InitiativeEdge(Initiative node, String cursor) {
	}

	/** The GraphQL {@code InitiativeConnection}: a page of initiatives, newest first. */
	public record InitiativeConnection(List<InitiativeEdge> edges, PageInfo pageInfo, long totalCount) {

		/**
		 * The page of {@code page} out of what was read for it; cursors encode each
		 * initiative's date and id.
		 */
		public static InitiativeConnection of(Slice<Initiative> slice, PageRequest page) {
			return Connections.of(slice, page, SortKey::of, InitiativeEdge::new, InitiativeConnection::new);
		}

	}

	/** An edge of {@code CompanyConnection}. */
	public record CompanyEdge(Company node, String cursor) {
	}

	/** The GraphQL {@code CompanyConnection}: a page of companies by id. */
	public record CompanyConnection(List<CompanyEdge> edges, PageInfo pageInfo, long totalCount) {

		/**
		 * The page of {@code page} out of what was read for it; cursors encode each
		 * company's id.
		 */
		public static CompanyConnection of(Slice<Company> slice, PageRequest page) {
			return Connections.of(slice, page, SortKey::of, CompanyEdge::new, CompanyConnection::new);
		}

	}

	interface Factory<E, C> {

		C create(List<E> edges, PageInfo pageInfo, long totalCount);

	}

	/**
	 * Applies {@code first}, then {@code last}, to what was read, as the specification's
	 * algorithm does.
	 */
	private static <T, E, C> C of(Slice<T> slice, PageRequest page, Function<T, SortKey> key,
			BiFunction<T, String, E> edge, Factory<E, C> connection) {
		List<T> items = new ArrayList<>(slice.items());
		boolean hasNext;
		boolean hasPrevious;
		if (page.backward()) {
			boolean cut = items.size() > page.last();
			items = new ArrayList<>(items.subList(0, Math.min(items.size(), page.last())));
			Collections.reverse(items);
			hasPrevious = cut || slice.itemsBeforeAfter();
			hasNext = slice.itemsAfterBefore();
		}
		else {
			boolean cutByFirst = items.size() > page.forwardSize();
			items = items.subList(0, Math.min(items.size(), page.forwardSize()));
			boolean cutByLast = page.last() != null && items.size() > page.last();
			if (cutByLast) {
				items = items.subList(items.size() - page.last(), items.size());
			}
			hasNext = cutByFirst || slice.itemsAfterBefore();
			hasPrevious = cutByLast || slice.itemsBeforeAfter();
		}
		List<E> edges = new ArrayList<>();
		String start = null;
		String end = null;
		for (T item : items) {
			end = page.cursor(key.apply(item));
			start = start == null ? end : start;
			edges.add(edge.apply(item, end));
		}
		return connection.create(edges, new PageInfo(hasNext, hasPrevious, start, end), slice.total());
	}

}
