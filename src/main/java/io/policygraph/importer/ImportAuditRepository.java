package io.policygraph.importer;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;

/**
 * The service's audit trail ({@code AuditEntry} nodes, as the curation writes them) read
 * and written for imports.
 */
class ImportAuditRepository implements ImportAudit {

	/**
	 * The changes a seed load undoes, made since the last import that wrote (whose load
	 * undid those before).
	 */
	private static final String EDITS = """
			OPTIONAL MATCH (last:AuditEntry {action: 'importReport'})
			WITH max(last.at) AS since
			MATCH (a:AuditEntry)
			WHERE a.action IN ['updateInitiative', 'deleteInitiative', 'addAlias', 'mergeEntities']
			  AND a.target IN $ids AND (since IS NULL OR a.at > since)
			RETURN toString(a.at) AS at, a.curator AS curator, a.action AS action, a.target AS target,
			       a.details AS details
			ORDER BY a.at
			""";

	private static final String RECORD = """
			CREATE (:AuditEntry {id: randomUUID(), at: datetime(), curator: $curator, action: 'importReport',
			                     target: $month, details: $details})
			""";

	private final Driver driver;

	ImportAuditRepository(Driver driver) {
		this.driver = driver;
	}

	@Override
	public List<CuratorEdit> editsOf(List<String> ids) {
		try (var session = driver.session()) {
			return session.executeRead(tx -> tx.run(EDITS, Map.of("ids", ids))
				.list(record -> new CuratorEdit(record.get("at").asString(), record.get("curator").asString(),
						record.get("action").asString(), record.get("target").asString(),
						record.get("details").asString())));
		}
	}

	@Override
	public void record(String curator, String month, String details) {
		try (var session = driver.session()) {
			session.executeWriteWithoutResult(
					tx -> tx.run(RECORD, Map.of("curator", curator, "month", month, "details", details)).consume());
		}
	}

}
