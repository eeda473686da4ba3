package io.policygraph.support;

import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;

/**
 * Node counts by label and relationship counts by type, read straight from the database.
 */
public record GraphCounts(Map<String, Long> labels, Map<String, Long> types) {

	public static GraphCounts of(Driver driver) {
		var labels = new TreeMap<String, Long>();
		driver.executableQuery("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count")
			.execute()
			.records()
			.forEach(r -> labels.put(r.get("label").asString(), r.get("count").asLong()));
		var types = new TreeMap<String, Long>();
		driver.executableQuery("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count")
			.execute()
			.records()
			.forEach(r -> types.put(r.get("type").asString(), r.get("count").asLong()));
		return new GraphCounts(labels, types);
	}

	public long label(String label) {
		return labels.getOrDefault(label, 0L);
	}

	public long type(String type) {
		return types.getOrDefault(type, 0L);
	}

}
