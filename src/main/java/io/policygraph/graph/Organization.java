package io.policygraph.graph;

import java.util.List;

import org.neo4j.driver.types.Node;

/**
 * A hospital, bureau, court, association or other body (the GraphQL type
 * {@code Organization}).
 *
 * @param kind what kind of body it is, as graph-seed organizations.yaml gives it
 */
public record Organization(String id, String name, String nameEn, List<String> aliases,
		OrganizationKind kind) implements Entity {

	public static Organization from(Node node) {
		return new Organization(node.get("id").asString(), node.get("name").asString(), node.get("nameEn").asString(),
				GraphObject.strings(node, "aliases"),
				GraphEnums.read(OrganizationKind.class, node.get("kind").asString(), "Organization.kind"));
	}

}
