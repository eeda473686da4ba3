package io.policygraph.graph;

import java.util.List;

import org.neo4j.driver.types.Node;

public record Region(String id, String name, String nameEn, List<String> aliases, String level) implements Entity {

	public static Region from(Node node) {
		return new Region(node.get("id").asString(), node.get("name").asString(), node.get("nameEn").asString(),
				GraphObject.strings(node, "aliases"), node.get("level").asString());
	}

}
