package io.policygraph.graph;

import java.util.List;

import org.neo4j.driver.types.Node;

public record Organization(String id, String name, String nameEn, List<String> aliases, String kind)
		implements Entity {

	public static Organization from(Node node) {
		return new Organization(node.get("id").asString(), node.get("name").asString(),
				node.get("nameEn").asString(), GraphObject.strings(node, "aliases"), node.get("kind").asString());
	}

}
