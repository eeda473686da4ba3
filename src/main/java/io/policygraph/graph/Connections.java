package io.policygraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Cursor connections: a page of edges, where it stands, and how many items match in all. */
public final class Connections {

	private Connections() {
	}

	public record PageInfo(boolean hasNextPage, String endCursor) {
	}

	public record InitiativeEdge(Initiative node, String cursor) {
	}

	public record InitiativeConnection(List<InitiativeEdge> edges, PageInfo pageInfo, long totalCount) {

		public static InitiativeConnection of(List<Initiative> fetched, long total, PageRequest page) {
			return Connections.of(fetched, total, page, InitiativeEdge::new, InitiativeConnection::new);
		}

	}

	public record CompanyEdge(Company node, String cursor) {
	}

	public record CompanyConnection(List<CompanyEdge> edges, PageInfo pageInfo, long totalCount) {

		public static CompanyConnection of(List<Company> fetched, long total, PageRequest page) {
			return Connections.of(fetched, total, page, CompanyEdge::new, CompanyConnection::new);
		}

	}

	interface Factory<E, C> {

		C create(List<E> edges, PageInfo pageInfo, long totalCount);

	}

	/** {@code fetched} holds up to {@code limit + 1} items from the page's offset on; the extra one only tells that more follow. */
	private static <T, E, C> C of(List<T> fetched, long total, PageRequest page, BiFunction<T, String, E> edge,
			Factory<E, C> connection) {
		var edges = new ArrayList<E>();
		String last = null;
		for (int i = 0; i < Math.min(fetched.size(), page.limit()); i++) {
			last = PageRequest.cursor(page.offset() + i);
			edges.add(edge.apply(fetched.get(i), last));
		}
		return connection.create(edges, new PageInfo(fetched.size() > page.limit(), last), total);
	}

}
