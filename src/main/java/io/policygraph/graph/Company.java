package io.policygraph.graph;

import java.util.List;

import org.neo4j.driver.types.Node;

public record Company(String id, String name, String nameEn, List<String> aliases) implements Entity {

	public static Company from(Node node) {
		return new Company(node.get("id").asString(), node.get("name").asString(), node.get("nameEn").asString(),
				GraphObject.strings(node, "aliases"));
	}

}
