package io.policygraph.graph;

import java.time.LocalDate;
import java.util.List;

import org.neo4j.driver.types.Node;

/**
 * A summit of section 四 (the GraphQL type {@code Event}).
 *
 * @param figures the figures as printed; {@link #measures()} gives them structured
 */
public record Event(String id, String name, String nameEn, List<String> aliases, LocalDate startDate, LocalDate endDate,
		String theme, List<String> figures, String text) implements Entity {

	/**
	 * The figures, structured: what is counted, the number, the unit, whether
	 * approximate.
	 */
	public List<Figure> measures() {
		return figures.stream().map(Figure::of).toList();
	}

	public static Event from(Node node) {
		return new Event(node.get("id").asString(), node.get("name").asString(), node.get("nameEn").asString(),
				GraphObject.strings(node, "aliases"), node.get("startDate").asLocalDate(),
				node.get("endDate").asLocalDate(), node.get("theme").asString(), GraphObject.strings(node, "figures"),
				node.get("text").asString());
	}

}
