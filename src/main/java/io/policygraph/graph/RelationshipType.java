package io.policygraph.graph;

/**
 * The relationship types of the graph (the GraphQL enum {@code RelationshipType}), as the
 * seed loader writes them; a path step is one of them.
 */
public enum RelationshipType {

	/** A region is part of a larger one; a city of its province. */
	PART_OF,
	/** A company is a subsidiary or branch of another. */
	SUBSIDIARY_OF,
	/** A company or organization sits in a region. */
	LOCATED_IN,
	/** A company operates in a region. */
	OPERATES_IN,
	/** A region pushed a sector, according to a report's summary paragraph. */
	PROMOTES,
	/** An entry or a summit is printed in a report. */
	REPORTED_IN,
	/** An entry is located in a region. */
	IN_REGION,
	/** A party acted in an entry. */
	ACTOR_IN,
	/** A company worked with another party in an entry. */
	PARTNERED_WITH,
	/** An entry or a document concerns a sector. */
	CONCERNS,
	/** An entry repeats an earlier one. */
	DUPLICATE_OF,
	/** A party issued a document. */
	ISSUED,
	/** An entry announces a document. */
	ANNOUNCES,
	/** A summit was held in a city. */
	HELD_IN,
	/** A party organized a summit. */
	ORGANIZED,
	/** A party took part in a summit. */
	TOOK_PART_IN

}
