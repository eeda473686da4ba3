package io.policygraph.database;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The Neo4j that runs inside the service when no {@code spring.neo4j.uri} is configured.
 *
 * @param dataDir where the database keeps its files; kept across restarts
 * @param boltPort the loopback port of its Bolt connector; 0 picks a free one
 * @param pageCache memory for Neo4j's page cache
 * @param transactionTimeout the longest any transaction may run
 * @param boltPassword the password of the Neo4j user {@code neo4j} for Bolt clients
 * (Neo4j Browser, cypher-shell), at least 8 characters; empty: one is generated at the
 * first start and kept in {@code <data-dir>/bolt-password}, readable by its owner only
 * @param boltAllowedOrigins the web origins (such as {@code https://browser.neo4j.io})
 * whose pages may open Bolt over a WebSocket; a WebSocket handshake with any other
 * {@code Origin} is refused with HTTP 403. Empty (the default): no web page may
 * @param minFreeSpace the free space the data folder's disk must keep: below it, writes
 * are refused with {@code STORAGE_FULL}, readiness is {@code DOWN}, and the service does
 * not start; more than a transaction log file (256 MB) so that Neo4j never runs out
 * @param storageCheckInterval how often the free space and the database's health are
 * checked (and a database that stopped on a full disk is reopened once space returns)
 */
@ConfigurationProperties("policygraph.embedded")
public record EmbeddedDatabaseProperties(@DefaultValue("data/neo4j") Path dataDir, @DefaultValue("7687") int boltPort,
		@DefaultValue("256MB") DataSize pageCache, @DefaultValue("30s") Duration transactionTimeout,
		String boltPassword, @DefaultValue List<String> boltAllowedOrigins,
		@DefaultValue("512MB") DataSize minFreeSpace, @DefaultValue("2s") Duration storageCheckInterval) {

	/** The constructor Spring Boot binds the properties to. */
	@ConstructorBinding
	public EmbeddedDatabaseProperties {
	}

	/** The defaults of everything but the folder, the port, the cache and the timeout. */
	public EmbeddedDatabaseProperties(Path dataDir, int boltPort, DataSize pageCache, Duration transactionTimeout) {
		this(dataDir, boltPort, pageCache, transactionTimeout, null, List.of(), DataSize.ofMegabytes(512),
				Duration.ofSeconds(2));
	}

	/** The same settings on another Bolt port. */
	public EmbeddedDatabaseProperties withBoltPort(int port) {
		return new EmbeddedDatabaseProperties(dataDir, port, pageCache, transactionTimeout, boltPassword,
				boltAllowedOrigins, minFreeSpace, storageCheckInterval);
	}

}
