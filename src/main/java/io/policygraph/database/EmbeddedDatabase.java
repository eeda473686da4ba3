package io.policygraph.database;

import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.neo4j.bolt.BoltServer;
import org.neo4j.bolt.protocol.common.connector.listener.ConnectorListener;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.monitoring.DatabaseHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import inet.ipaddr.IPAddressString;

/**
 * A real Neo4j 5 database running in this JVM, reachable over Bolt on the loopback
 * interface so that the driver, Neo4j Browser and cypher-shell all see the same graph.
 * <p>
 * Nothing reaches the graph around the service's curators: Bolt asks for the password of
 * the user {@code neo4j} ({@link BoltPassword}; the service's driver has a user of its
 * own, {@link ServiceLogin}), the data folder is its owner's only, refuses WebSocket
 * handshakes from web pages of origins not configured ({@link BoltOriginFilter}), and
 * Cypher may neither read server files ({@code LOAD CSV FROM 'file:...'}) nor fetch from
 * the network. A database that stopped itself after a failed write (a full disk) can be
 * reopened in place ({@link #reopenIfFailed()}) on the same folder and port.
 */
public final class EmbeddedDatabase implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private static final String LOOPBACK = "127.0.0.1";

	/**
	 * The Neo4j user whose password Bolt clients, the service's driver included, send.
	 */
	public static final String BOLT_USER = "neo4j";

	/**
	 * How long, in milliseconds, a database that has just been built may take to be
	 * available.
	 */
	private static final long AVAILABLE_WITHIN = 5_000;

	private final EmbeddedDatabaseProperties properties;

	private final Path dataDir;

	private final String password;

	private final ServiceLogin login;

	private final URI boltUri;

	private volatile DatabaseManagementService service;

	private EmbeddedDatabase(EmbeddedDatabaseProperties properties, Path dataDir, String password, ServiceLogin login,
			DatabaseManagementService service, URI boltUri) {
		this.properties = properties;
		this.dataDir = dataDir;
		this.password = password;
		this.login = login;
		this.service = service;
		this.boltUri = boltUri;
	}

	/**
	 * Starts the database; a problem an operator can fix (a port in use, a folder that
	 * cannot be written, a disk with less than {@code min-free-space} free, a password
	 * too short) ends in a {@link StartupException} with one line to say so.
	 */
	public static EmbeddedDatabase start(EmbeddedDatabaseProperties properties) {
		Path dataDir = properties.dataDir().toAbsolutePath().normalize();
		ensureWritable(dataDir);
		StorageSpace.requireAtStart(dataDir, properties.minFreeSpace());
		String password = BoltPassword.of(properties, dataDir);
		ServiceLogin login = ServiceLogin.of(dataDir);
		long started = System.nanoTime();
		DatabaseManagementService service = open(properties, dataDir, password, login);
		int port = database(service).getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT)
			.getPort();
		URI uri = URI.create("bolt://" + LOOPBACK + ":" + port);
		log.info("Embedded Neo4j started in {} ms: data in {}, Bolt at {} (user {}, password {})",
				(System.nanoTime() - started) / 1_000_000, dataDir, uri, BOLT_USER, BoltPassword.describe(properties));
		return new EmbeddedDatabase(properties.withBoltPort(port), dataDir, password, login, service, uri);
	}

	private static DatabaseManagementService open(EmbeddedDatabaseProperties properties, Path dataDir, String password,
			ServiceLogin login) {
		DatabaseManagementService service = build(properties, dataDir, true);
		if (!database(service).isAvailable(AVAILABLE_WITHIN)) {
			// Most often a transaction log whose last write a full disk cut off: that
			// transaction was never acknowledged, so recovery up to the last complete one
			// loses nothing that was.
			log.error("The embedded Neo4j could not recover its transaction log as it is (its last write cut off, "
					+ "by a full disk?); starting again, recovering every complete transaction and dropping the "
					+ "cut-off end. Neo4j's account: {}", dataDir.resolve("logs/debug.log"));
			service.shutdown();
			service = build(properties, dataDir, false);
			if (!database(service).isAvailable(AVAILABLE_WITHIN)) {
				service.shutdown();
				throw new StartupException("The embedded Neo4j in " + dataDir + " started, but its database did not",
						"Read " + dataDir.resolve("logs/debug.log") + " for Neo4j's own account.");
			}
		}
		try {
			BoltPassword.apply(service, password);
			login.apply(service);
			filterOrigins(service, properties);
		}
		catch (RuntimeException ex) {
			service.shutdown();
			throw ex;
		}
		return service;
	}

	private static DatabaseManagementService build(EmbeddedDatabaseProperties properties, Path dataDir,
			boolean failOnCutOffLog) {
		try {
			return new DatabaseManagementServiceBuilder(dataDir).setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, properties.boltPort()))
				.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
				.setConfig(GraphDatabaseSettings.auth_enabled, true)
				// Cypher reads no server files and fetches nothing (LOAD CSV)
				.setConfig(GraphDatabaseSettings.allow_file_urls, false)
				.setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
						List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
				.setConfig(GraphDatabaseInternalSettings.fail_on_corrupted_log_files, failOnCutOffLog)
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
	}

	private static void filterOrigins(DatabaseManagementService service, EmbeddedDatabaseProperties properties) {
		var origins = properties.boltAllowedOrigins();
		ConnectorListener listener = new ConnectorListener() {
			@Override
			public void onConnectionCreated(org.neo4j.bolt.protocol.common.connector.connection.Connection connection) {
				connection.modifyPipeline(
						pipeline -> pipeline.addFirst("policygraph-origin-filter", new BoltOriginFilter(origins)));
			}
		};
		database(service).getDependencyResolver()
			.resolveDependency(BoltServer.class)
			.getConnectors()
			.forEach(connector -> connector.registerListener(listener));
	}

	private static GraphDatabaseAPI database(DatabaseManagementService service) {
		return (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
	}

	/** Where Bolt clients reach this database. */
	public URI boltUri() {
		return boltUri;
	}

	/** The password of {@link #BOLT_USER} that Bolt clients send. */
	public String boltPassword() {
		return password;
	}

	/**
	 * The Neo4j user the service's own driver logs in as ({@link ServiceLogin}): not
	 * {@link #BOLT_USER}, so that wrong passwords sent for that user never lock the
	 * service out.
	 */
	public String serviceUser() {
		return login.user();
	}

	/** The password of {@link #serviceUser()}. */
	public String servicePassword() {
		return login.password();
	}

	/** The folder of the database's files, absolute. */
	public Path dataDir() {
		return dataDir;
	}

	/**
	 * Whether the database has stopped taking transactions after a failure it cannot
	 * recover from by itself (Neo4j's "panic", such as a write that found the disk full),
	 * or did not start again after one.
	 */
	public boolean failed() {
		try {
			GraphDatabaseAPI database = database(service);
			return !database.isAvailable()
					|| !database.getDependencyResolver().resolveDependency(DatabaseHealth.class).hasNoPanic();
		}
		catch (RuntimeException ex) {
			// the database is not there (being reopened or shut down)
			return true;
		}
	}

	/**
	 * Shuts a {@link #failed()} database down and starts it again on the same folder and
	 * Bolt port, which replays its transaction log: what was committed stays, what was
	 * not is gone. The driver's next connections reach the new instance. Nothing happens
	 * to a database that has not failed.
	 * @return whether the database was reopened
	 * @throws StartupException when it cannot start again (for example, the disk is still
	 * full); it stays failed and a later call tries again
	 */
	public synchronized boolean reopenIfFailed() {
		if (!failed()) {
			return false;
		}
		log.warn("The embedded Neo4j stopped taking transactions ({}); reopening it", cause());
		StorageSpace.requireAtStart(dataDir, properties.minFreeSpace());
		try {
			service.shutdown();
		}
		catch (RuntimeException ex) {
			log.warn("Shutting the failed database down: {}", ex.toString());
		}
		long started = System.nanoTime();
		service = open(properties, dataDir, password, login);
		log.info("Embedded Neo4j reopened in {} ms", (System.nanoTime() - started) / 1_000_000);
		return true;
	}

	private String cause() {
		try {
			Throwable cause = database(service).getDependencyResolver()
				.resolveDependency(DatabaseHealth.class)
				.causeOfPanic();
			return cause == null ? "unknown cause" : cause.toString();
		}
		catch (RuntimeException ex) {
			return ex.toString();
		}
	}

	@Override
	public synchronized void close() {
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
		try {
			OwnerOnly.restrictFolder(dataDir);
		}
		catch (IOException | SecurityException ex) {
			log.warn("Could not make the data folder {} private to its owner: {}", dataDir, ex.toString());
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
			if (StorageSpace.isDiskFull(cause)) {
				return new StartupException("The disk of the data folder " + dataDir + " is full",
						"Free space on it, or set policygraph.embedded.data-dir to a folder on a disk with room.", ex);
			}
		}
		return new StartupException("The embedded Neo4j could not start in " + dataDir + ": " + ex.getMessage(),
				"Read " + dataDir.resolve("logs/debug.log") + " for Neo4j's own account.", ex);
	}

}
