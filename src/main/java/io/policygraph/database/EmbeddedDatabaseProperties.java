package io.policygraph.database;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The Neo4j that runs inside the service when no {@code spring.neo4j.uri} is configured.
 *
 * @param dataDir where the database keeps its files; kept across restarts
 * @param boltPort the loopback port of its Bolt connector; 0 picks a free one
 * @param pageCache memory for Neo4j's page cache
 * @param transactionTimeout the longest any transaction may run
 */
@ConfigurationProperties("policygraph.embedded")
public record EmbeddedDatabaseProperties(@DefaultValue("data/neo4j") Path dataDir, @DefaultValue("7687") int boltPort,
		@DefaultValue("256MB") DataSize pageCache, @DefaultValue("30s") Duration transactionTimeout) {
}
