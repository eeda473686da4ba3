package io.policygraph.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionConfig;
import org.springframework.stereotype.Repository;

import io.policygraph.graph.ProgrammeAction;
import io.policygraph.graph.RegionLevel;
import io.policygraph.stats.Stats.Count;

/**
 * {@code Query.stats} and {@code Query.programmeActions}: counts over the whole graph.
 */
@Repository
class StatsRepository {

	/** Internal bookkeeping such as the seed state is not part of the knowledge graph. */
	private static final String NODES_BY_LABEL = """
			MATCH (n) WHERE NOT n:SeedState AND NOT n:AuditEntry
			UNWIND labels(n) AS name
			RETURN name, count(*) AS count ORDER BY name
			""";

	private static final String RELATIONSHIPS_BY_TYPE = """
			MATCH ()-[r]->()
			RETURN type(r) AS name, count(*) AS count ORDER BY name
			""";

	private static final String TOTALS = """
			CALL { MATCH (n) WHERE NOT n:SeedState AND NOT n:AuditEntry RETURN count(n) AS nodes }
			CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
			RETURN nodes, relationships
			""";

	/**
	 * Per action of the guiding opinions: its sectors, the entries concerning them and
	 * the provinces of those entries.
	 */
	private static final String PROGRAMME_ACTIONS = """
			UNWIND $actions AS action
			OPTIONAL MATCH (s:Sector {action: action})
			WITH action, s ORDER BY s.name
			WITH action, collect(s) AS sectors
			CALL (sectors) {
			  UNWIND sectors AS sector
			  MATCH (i:Initiative)-[:CONCERNS]->(sector)
			  WITH DISTINCT i
			  OPTIONAL MATCH (i)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(p:Region)
			  WHERE p.level IN $provinceLevels
			  RETURN count(DISTINCT i) AS initiatives, count(DISTINCT p) AS regions
			}
			RETURN action, sectors, initiatives, regions
			""";

	private static final String INITIATIVES_BY_SECTOR = """
			MATCH (i:Initiative)-[:CONCERNS]->(s:Sector)
			RETURN s.name AS name, count(DISTINCT i) AS count ORDER BY count DESC, name
			""";

	/** Cities and districts roll up to their province-level region. */
	private static final String INITIATIVES_BY_REGION = """
			MATCH (i:Initiative)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(r:Region)
			WHERE r.level IN $provinceLevels
			RETURN r.name AS name, count(DISTINCT i) AS count ORDER BY count DESC, name
			""";

	private static final String INITIATIVES_BY_MONTH = """
			MATCH (i:Initiative)
			WITH toString(i.date.year) + '-' + right('0' + toString(i.date.month), 2) AS name
			RETURN name, count(*) AS count ORDER BY name
			""";

	private final Driver driver;

	/**
	 * The statistics are read in one transaction, so that their figures agree; it is
	 * bounded in time (policygraph.limits.transaction-timeout).
	 */
	private final TransactionConfig transactions;

	/** Single reads are routed as reads and bounded in time likewise. */
	private final QueryConfig reads;

	StatsRepository(Driver driver, TransactionConfig transactions, QueryConfig reads) {
		this.driver = driver;
		this.transactions = transactions;
		this.reads = reads;
	}

	Stats stats() {
		try (var session = driver.session()) {
			return session.executeRead(tx -> {
				Record totals = tx.run(TOTALS).single();
				List<Count> labels = tx.run(NODES_BY_LABEL).list(StatsRepository::count);
				List<Count> types = tx.run(RELATIONSHIPS_BY_TYPE).list(StatsRepository::count);
				return new Stats(totals.get("nodes").asLong(), totals.get("relationships").asLong(), labels, types,
						tx.run(INITIATIVES_BY_SECTOR).list(StatsRepository::count),
						tx.run(INITIATIVES_BY_REGION, Map.of("provinceLevels", RegionLevel.provinceLevels()))
							.list(StatsRepository::count),
						tx.run(INITIATIVES_BY_MONTH).list(StatsRepository::count));
			}, transactions);
		}
	}

	private static Count count(Record record) {
		return new Count(record.get("name").asString(), record.get("count").asLong());
	}

	/** The eleven actions in the order of the guiding opinions. */
	List<ProgrammeActionCount> programmeActions() {
		var actions = Arrays.stream(ProgrammeAction.values()).map(Enum::name).toList();
		return driver.executableQuery(PROGRAMME_ACTIONS)
			.withParameters(Map.of("actions", actions, "provinceLevels", RegionLevel.provinceLevels()))
			.withConfig(reads)
			.execute()
			.records()
			.stream()
			.map(ProgrammeActionCount::from)
			.sorted(Comparator.comparing(ProgrammeActionCount::action))
			.toList();
	}

}
