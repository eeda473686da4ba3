package io.policygraph.curation;

import org.neo4j.driver.types.Node;

/** One change a curator made, as kept in the graph. */
public record AuditEntry(String id, String at, String curator, String action, String target, String details) {

	static AuditEntry from(Node node) {
		return new AuditEntry(node.get("id").asString(), node.get("at").asZonedDateTime().toString(),
				node.get("curator").asString(), node.get("action").asString(), node.get("target").asString(),
				node.get("details").asString());
	}

}
