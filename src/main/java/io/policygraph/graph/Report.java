package io.policygraph.graph;

import java.time.LocalDate;

import org.neo4j.driver.types.Node;

public record Report(String id, String title, String publisher, String month, LocalDate periodStart,
		LocalDate periodEnd, String summary) implements GraphObject {

	public static Report from(Node node) {
		return new Report(node.get("id").asString(), node.get("title").asString(), node.get("publisher").asString(),
				node.get("month").asString(), node.get("periodStart").asLocalDate(),
				node.get("periodEnd").asLocalDate(), node.get("summary").asString());
	}

}
