package io.policygraph.benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Value;

/**
 * The floor: each query as one hand-written statement ({@link CypherStatements}) over the
 * official Java driver to the service's embedded database, by Bolt, routed as a read. It
 * owns the driver.
 */
class CypherTarget implements Target {

	private static final QueryConfig READ = QueryConfig.builder().withRouting(RoutingControl.READ).build();

	private final Driver driver;

	private final Map<String, Map<String, Object>> parameters = new HashMap<>();

	CypherTarget(Driver driver, List<String> queryIds) {
		this.driver = driver;
		queryIds.stream()
			.filter(CypherStatements::has)
			.forEach(id -> this.parameters.put(id, CypherStatements.parameters(id)));
		if (this.parameters.containsKey(Queries.SECOND_PAGE)) {
			Value endKey = first(Queries.FIRST_PAGE).get("endKey");
			Map<String, Object> page = this.parameters.get(Queries.SECOND_PAGE);
			page.put("afterDate", endKey.isNull() ? null : endKey.get("date").asLocalDate());
			page.put("afterId", endKey.isNull() ? null : endKey.get("id").asString());
		}
	}

	@Override
	public String name() {
		return Systems.CYPHER;
	}

	@Override
	public boolean supports(String queryId) {
		return this.parameters.containsKey(queryId);
	}

	@Override
	public List<String> run(String queryId) {
		Record record = first(queryId);
		return (record == null) ? List.of() : record.get("ids").asList(Value::asString);
	}

	/** The statement's one row, or null when it has none (no path). */
	private Record first(String queryId) {
		List<Record> records = this.driver.executableQuery(CypherStatements.statement(queryId))
			.withParameters(this.parameters.getOrDefault(queryId, CypherStatements.parameters(queryId)))
			.withConfig(READ)
			.execute()
			.records();
		return records.isEmpty() ? null : records.get(0);
	}

	@Override
	public void close() {
		this.driver.close();
	}

}
