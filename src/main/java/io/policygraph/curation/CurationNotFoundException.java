package io.policygraph.curation;

/**
 * A curator's change names an entry that is not (or no longer) in the graph, such as an
 * update of an entry deleted meanwhile. Nothing has been written; the GraphQL error is
 * classified {@code NOT_FOUND}.
 */
public class CurationNotFoundException extends RuntimeException {

	CurationNotFoundException(String message) {
		super(message);
	}

}
