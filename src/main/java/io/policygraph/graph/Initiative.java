package io.policygraph.graph;

import java.time.LocalDate;
import java.util.List;

import org.neo4j.driver.types.Node;

/**
 * A report entry. {@code rowId} and {@code reportId} let the API answer row and report
 * without a query.
 *
 * @param version 1 as the seed writes it (a node without the property reads as 1), one up
 * with each curator's update: what {@code expectedVersion} is checked against
 */
public record Initiative(String id, int section, LocalDate date, String text, String sourceUrl,
		UrlStatus sourceUrlStatus, String sourceUrlIssue, List<String> notes, String rowId, String reportId,
		int version) implements GraphObject {

	public static Initiative from(Node node) {
		return new Initiative(node.get("id").asString(), node.get("section").asInt(), node.get("date").asLocalDate(),
				node.get("text").asString(), GraphObject.string(node, "sourceUrl"),
				GraphEnums.read(UrlStatus.class, node.get("sourceUrlStatus").asString(), "Initiative.sourceUrlStatus"),
				GraphObject.string(node, "sourceUrlIssue"), GraphObject.strings(node, "notes"),
				node.get("rowId").asString(), node.get("reportId").asString(), node.get("version").asInt(1));
	}

}
