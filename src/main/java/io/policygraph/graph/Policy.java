package io.policygraph.graph;

import java.time.LocalDate;

import org.neo4j.driver.types.Node;

public record Policy(String id, String title, String titleEn, LocalDate date) implements GraphObject {

	public static Policy from(Node node) {
		return new Policy(node.get("id").asString(), node.get("title").asString(), GraphObject.string(node, "titleEn"),
				node.get("date").asLocalDate());
	}

}
