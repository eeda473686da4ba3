package io.policygraph.curation;

/**
 * A curator's change that cannot be made as asked because the graph changed under it, or
 * because it repeats an idempotency key with other arguments: an entry's version is not
 * the one the curator expected, an entity it names was merged away or deleted while it
 * was written, a key was already used for another change. Nothing has been written; the
 * GraphQL error is classified {@code CONFLICT}.
 */
public class CurationConflictException extends RuntimeException {

	CurationConflictException(String message) {
		super(message);
	}

}
