package io.policygraph.graph;

import java.util.List;

import org.neo4j.driver.types.Node;

/**
 * A 互联网+X domain (the GraphQL type {@code Sector}).
 *
 * @param action the action of the 2015 guiding opinions it belongs to
 * ({@code ProgrammeAction}), or null
 */
public record Sector(String id, String name, String nameEn, List<String> aliases, String action) implements Entity {

	public static Sector from(Node node) {
		return new Sector(node.get("id").asString(), node.get("name").asString(), node.get("nameEn").asString(),
				GraphObject.strings(node, "aliases"),
				node.get("action").isNull() ? null : node.get("action").asString());
	}

}
