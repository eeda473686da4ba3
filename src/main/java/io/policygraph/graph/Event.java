package io.policygraph.graph;

import java.time.LocalDate;
import java.util.List;

import org.neo4j.driver.types.Node;

public record Event(String id, String name, String nameEn, List<String> aliases, LocalDate startDate,
		LocalDate endDate, String theme, List<String> figures, String text) implements Entity {

	public static Event from(Node node) {
		return new Event(node.get("id").asString(), node.get("name").asString(), node.get("nameEn").asString(),
				GraphObject.strings(node, "aliases"), node.get("startDate").asLocalDate(),
				node.get("endDate").asLocalDate(), node.get("theme").asString(), GraphObject.strings(node, "figures"),
				node.get("text").asString());
	}

}
