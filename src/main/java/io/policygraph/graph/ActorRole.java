package io.policygraph.graph;

/**
 * How a party acted in an entry (the GraphQL enum {@code ActorRole}), in the order an
 * entry lists its actors: the lead first.
 */
public enum ActorRole {

	/** Did it. */
	LEAD,
	/** Issued the document the entry is about. */
	ISSUER,
	/** Worked with the lead. */
	PARTNER,
	/** Took part otherwise, or only as the channel of a service. */
	PARTICIPANT

}
