package io.policygraph.graph;

/**
 * The state of the link a report prints for an entry (the GraphQL enum
 * {@code SourceUrlStatus}).
 */
public enum UrlStatus {

	/** A link that looks whole. */
	OK,
	/** A printed link that is visibly broken. */
	DAMAGED,
	/** The report prints no link. */
	NONE

}
