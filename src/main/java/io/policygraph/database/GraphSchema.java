package io.policygraph.database;

import java.util.List;

import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.stereotype.Component;

/**
 * The constraints and indexes the graph relies on, created idempotently at start-up,
 * before the seed is loaded and before the service answers any request.
 */
@Component
public class GraphSchema implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(GraphSchema.class);

	/**
	 * Full-text indexes for search use the CJK analyzer, which indexes Chinese text as
	 * character pairs.
	 */
	private static final String CJK = " OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}";

	/**
	 * The keyword analyzer keeps each value whole: the exact look-up of a name among an
	 * entity's id and {@code nameKeys}, a list, which a range index cannot answer. (Neo4j
	 * allows one full-text index per label and properties, so this one and the search
	 * index cover different properties.)
	 */
	private static final String KEYWORD = " OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}}";

	/**
	 * Every index over names and texts is over their keys
	 * ({@link io.policygraph.text.NameKey}); the full-text indexes of earlier versions,
	 * over the names and texts as printed, are dropped.
	 */
	static final List<String> STATEMENTS = List.of(
			"CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
			"CREATE CONSTRAINT initiative_id IF NOT EXISTS FOR (n:Initiative) REQUIRE n.id IS UNIQUE",
			"CREATE CONSTRAINT policy_id IF NOT EXISTS FOR (n:Policy) REQUIRE n.id IS UNIQUE",
			"CREATE CONSTRAINT report_id IF NOT EXISTS FOR (n:Report) REQUIRE n.id IS UNIQUE",
			"CREATE CONSTRAINT seed_state_id IF NOT EXISTS FOR (n:SeedState) REQUIRE n.id IS UNIQUE",
			"CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)",
			"CREATE INDEX initiative_date IF NOT EXISTS FOR (n:Initiative) ON (n.date)",
			"CREATE INDEX policy_date IF NOT EXISTS FOR (n:Policy) ON (n.date)",
			"CREATE INDEX initiative_row IF NOT EXISTS FOR (n:Initiative) ON (n.rowId)",
			"CREATE CONSTRAINT audit_idempotency_key IF NOT EXISTS FOR (n:AuditEntry) REQUIRE (n.curator, n.idempotencyKey) IS UNIQUE",
			"CREATE TEXT INDEX initiative_text_key IF NOT EXISTS FOR (n:Initiative) ON (n.textKey)",
			"CREATE INDEX partnered_with_initiative IF NOT EXISTS FOR ()-[p:PARTNERED_WITH]-() ON (p.initiativeId)",
			"DROP INDEX entity_names IF EXISTS", "DROP INDEX initiative_texts IF EXISTS",
			"DROP INDEX policy_titles IF EXISTS",
			"CREATE FULLTEXT INDEX entity_keys IF NOT EXISTS FOR (n:Entity) ON EACH [n.id, n.nameKeys]" + KEYWORD,
			"CREATE FULLTEXT INDEX entity_name_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.nameKeys]" + CJK,
			"CREATE FULLTEXT INDEX initiative_text_search IF NOT EXISTS FOR (n:Initiative) ON EACH [n.textKey]" + CJK,
			"CREATE FULLTEXT INDEX policy_title_search IF NOT EXISTS FOR (n:Policy) ON EACH [n.titleKeys]" + CJK);

	private final Driver driver;

	private final Neo4jConnectionDetails connection;

	GraphSchema(Driver driver, Neo4jConnectionDetails connection) {
		this.driver = driver;
		this.connection = connection;
	}

	@Override
	public void afterPropertiesSet() {
		try {
			apply();
		}
		catch (ServiceUnavailableException ex) {
			throw new StartupException("Cannot reach Neo4j at " + connection.getUri() + ": " + ex.getMessage(),
					"Start that Neo4j server or correct spring.neo4j.uri; remove spring.neo4j.uri to use the"
							+ " embedded database.",
					ex);
		}
		catch (AuthenticationException ex) {
			throw new StartupException("Neo4j at " + connection.getUri() + " rejected the credentials",
					"Set spring.neo4j.authentication.username and spring.neo4j.authentication.password.", ex);
		}
	}

	/**
	 * Creates what is missing (schema statements cannot share a transaction) and waits
	 * for indexes to come online.
	 */
	public void apply() {
		try (var session = driver.session()) {
			for (String statement : STATEMENTS) {
				session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
			}
			session.executeWriteWithoutResult(tx -> tx.run("CALL db.awaitIndexes(300)").consume());
		}
		log.info("Graph schema in place: {} constraints and indexes",
				STATEMENTS.stream().filter(statement -> statement.startsWith("CREATE")).count());
	}

}
