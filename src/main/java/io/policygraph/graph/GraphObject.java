package io.policygraph.graph;

import java.util.List;

import org.neo4j.driver.types.Node;

/**
 * Any object of the graph: the GraphQL {@code Node} interface. Records give value
 * equality for batch loading.
 */
public sealed interface GraphObject permits Entity, Initiative, Policy, Report {

	String id();

	/** The record for a node, chosen by its label. */
	static GraphObject from(Node node) {
		if (node.hasLabel("Initiative")) {
			return Initiative.from(node);
		}
		if (node.hasLabel("Policy")) {
			return Policy.from(node);
		}
		if (node.hasLabel("Report")) {
			return Report.from(node);
		}
		return Entity.from(node);
	}

	static List<String> strings(Node node, String property) {
		return node.get(property).isNull() ? List.of() : node.get(property).asList(value -> value.asString());
	}

	static String string(Node node, String property) {
		return node.get(property).isNull() ? null : node.get(property).asString();
	}

}
