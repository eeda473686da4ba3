package io.policygraph.initiative;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.springframework.stereotype.Repository;

import io.policygraph.graph.Event;
import io.policygraph.graph.GraphRepository;
import io.policygraph.graph.Report;

/**
 * {@code Query.reports} and the fields of {@code Report}; the fields are batch-loaded.
 */
@Repository
class ReportRepository {

	private static final String REPORTS = """
			MATCH (r:Report) RETURN r ORDER BY r.month
			""";

	private static final String EVENTS = """
			UNWIND $ids AS id
			MATCH (e:Event)-[:REPORTED_IN]->(:Report {id: id}) WITH id, e ORDER BY e.startDate
			RETURN id, collect(e) AS nodes
			""";

	private final Driver driver;

	/**
	 * Reads are routed as reads and bounded in time
	 * (policygraph.limits.transaction-timeout).
	 */
	private final QueryConfig reads;

	private final GraphRepository graph;

	ReportRepository(Driver driver, QueryConfig reads, GraphRepository graph) {
		this.driver = driver;
		this.reads = reads;
		this.graph = graph;
	}

	/** Every report in the graph, by month. */
	List<Report> reports() {
		return driver.executableQuery(REPORTS)
			.withConfig(reads)
			.execute()
			.records()
			.stream()
			.map(record -> Report.from(record.get("r").asNode()))
			.toList();
	}

	/** The summits a report describes, by start date. */
	Map<Report, List<Event>> events(List<Report> reports) {
		return graph.many(EVENTS, reports, Event.class);
	}

}
