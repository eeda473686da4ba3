package io.policygraph.path;

import java.util.List;

import io.policygraph.graph.GraphObject;
import io.policygraph.graph.Initiative;

/** A connection through the graph: the objects along it and the relationships between them. */
public record Path(List<GraphObject> nodes, List<Step> steps) {

	/** One relationship, in path order; {@code forward} tells whether it points that way in the graph. */
	public record Step(String type, GraphObject from, GraphObject to, boolean forward, Initiative initiative) {
	}

}
