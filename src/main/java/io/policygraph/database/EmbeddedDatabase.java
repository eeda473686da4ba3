package io.policygraph.database;

import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Neo4j 5 database running in this JVM, reachable over Bolt on the loopback
 * interface so that the driver, Neo4j Browser and cypher-shell all see the same graph.
 */
public final class EmbeddedDatabase implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private static final String LOOPBACK = "127.0.0.1";

	private final DatabaseManagementService service;

	private final URI boltUri;

	private EmbeddedDatabase(DatabaseManagementService service, URI boltUri) {
		this.service = service;
		this.boltUri = boltUri;
	}

	/**
	 * Starts the database; a problem an operator can fix ends in a
	 * {@link StartupException}.
	 */
	public static EmbeddedDatabase start(EmbeddedDatabaseProperties properties) {
		Path dataDir = properties.dataDir().toAbsolutePath().normalize();
		ensureWritable(dataDir);
		long started = System.nanoTime();
		DatabaseManagementService service;
		try {
			service = new DatabaseManagementServiceBuilder(dataDir).setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, properties.boltPort()))
				.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
				// Safe only because Bolt listens on the loopback interface alone.
				.setConfig(GraphDatabaseSettings.auth_enabled, false)
				.setConfig(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes())
				.setConfig(GraphDatabaseSettings.transaction_timeout, properties.transactionTimeout())
				// Stop promptly on SIGTERM: the service has already drained its own
				// requests.
				.setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
				.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(100))
				.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(100))
				.build();
		}
		catch (RuntimeException ex) {
			throw explain(ex, dataDir, properties.boltPort());
		}
		var database = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		int port = database.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT)
			.getPort();
		URI uri = URI.create("bolt://" + LOOPBACK + ":" + port);
		log.info("Embedded Neo4j started in {} ms: data in {}, Bolt at {}", (System.nanoTime() - started) / 1_000_000,
				dataDir, uri);
		return new EmbeddedDatabase(service, uri);
	}

	/** Where Bolt clients reach this database. */
	public URI boltUri() {
		return boltUri;
	}

	@Override
	public void close() {
		long started = System.nanoTime();
		service.shutdown();
		log.info("Embedded Neo4j stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	private static void ensureWritable(Path dataDir) {
		try {
			Files.createDirectories(dataDir);
		}
		catch (IOException | SecurityException ex) {
			throw new StartupException("Cannot create the data folder " + dataDir + " (" + ex + ")",
					"Set policygraph.embedded.data-dir to a folder this user can write.");
		}
		if (!Files.isWritable(dataDir)) {
			throw new StartupException("The data folder " + dataDir + " is not writable",
					"Set policygraph.embedded.data-dir to a folder this user can write, or fix its permissions.");
		}
	}

	private static StartupException explain(RuntimeException ex, Path dataDir, int boltPort) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof BindException) {
				return new StartupException("The Bolt port " + LOOPBACK + ":" + boltPort + " is already in use",
						"Stop what listens there (another PolicyGraph or Neo4j?), or set policygraph.embedded.bolt-port"
								+ " to another port (0 picks a free one).",
						ex);
			}
			if (cause.getClass().getSimpleName().equals("FileLockException")) {
				return new DatabaseInUseException("The data folder " + dataDir + " is in use by another Neo4j process",
						"Stop the other process, or set policygraph.embedded.data-dir to another folder.", ex);
			}
		}
		return new StartupException("The embedded Neo4j could not start in " + dataDir + ": " + ex.getMessage(),
				"Read " + dataDir.resolve("logs/debug.log") + " for Neo4j's own account.", ex);
	}

}
