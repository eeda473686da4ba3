package io.policygraph.path;

import java.util.List;

import io.policygraph.graph.GraphObject;
import io.policygraph.graph.Initiative;
import io.policygraph.graph.RelationshipType;

/**
 * A connection through the graph: the objects along it and the relationships between
 * them.
 */
public record Path(List<GraphObject> nodes, List<Step> steps) {

	/** The path of no step from an object to itself. */
	static Path of(GraphObject node) {
		return new Path(List.of(node), List.of());
	}

	/**
	 * One relationship, in path order; {@code forward} tells whether it points that way
	 * in the graph. {@code evidence} holds the entries it comes from, newest first, and
	 * is null for a structural step.
	 */
	public record Step(RelationshipType type, GraphObject from, GraphObject to, boolean forward,
			List<Initiative> evidence) {

		public Step {
			evidence = evidence == null || evidence.isEmpty() ? null : List.copyOf(evidence);
		}

		public boolean evidenced() {
			return evidence != null;
		}

		/**
		 * The first entry of the evidence, for clients of the time when a step had one.
		 */
		public Initiative initiative() {
			return evidenced() ? evidence.get(0) : null;
		}

	}

}
