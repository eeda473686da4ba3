package io.policygraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.unit.DataSize;
import org.testcontainers.neo4j.Neo4jContainer;

import io.policygraph.database.EmbeddedDatabase;
import io.policygraph.database.EmbeddedDatabaseProperties;

/**
 * Points the application under test at its database: a fresh embedded Neo4j in a
 * temporary folder on a free Bolt port, or the shared container. Spring caches the
 * context, so each test JVM starts one database, not one per test class.
 */
public class TestNeo4j implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String IMAGE = "neo4j:5.26";

	private static final String WARMUP = "policygraph.warmup.enabled";

	private static Neo4jContainer container;

	private static EmbeddedDatabase shared;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertyValues.of(databaseProperties()).applyTo(context);
		TestPropertyValues.of(Curators.PROPERTIES).applyTo(context);
		context.getBeanFactory().addBeanPostProcessor(new CypherCounter());
	}

	/**
	 * Properties for a service on a new embedded database, or on the shared container,
	 * with a new imports folder (not created), so that no test loads imports found in the
	 * working directory. The warm-up is off: it makes a start-up some 15 to 20 s longer
	 * on a build machine and changes no answer; {@code WarmupIT} turns it on.
	 */
	public static Map<String, String> databaseProperties() {
		Path dataDir = newDataDir();
		String imports = dataDir.resolveSibling("imports").toString();
		if (Neo4jTestMode.testcontainers()) {
			Neo4jContainer neo4j = container();
			return Map.of("spring.neo4j.uri", neo4j.getBoltUrl(), "spring.neo4j.authentication.username", "neo4j",
					"spring.neo4j.authentication.password", neo4j.getAdminPassword(), "policygraph.seed.imports",
					imports, WARMUP, "false");
		}
		// a small reserve: a build machine's disk may be nearly full
		return Map.of("policygraph.embedded.data-dir", dataDir.toString(), "policygraph.embedded.bolt-port", "0",
				"policygraph.embedded.min-free-space", "64MB", "policygraph.seed.imports", imports, WARMUP, "false");
	}

	/**
	 * A path for an imports folder in a new temporary folder; the imports folder itself
	 * does not exist yet.
	 */
	public static Path newImportsDir() {
		return newDataDir().resolveSibling("imports");
	}

	/** A new empty folder for a database, removed when the JVM exits. */
	public static Path newDataDir() {
		try {
			Path dir = Files.createTempDirectory("policygraph-test-");
			dir.toFile().deleteOnExit();
			return dir.resolve("neo4j");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Properties for a read-only test context on the one database this JVM shares between
	 * such contexts: an embedded Neo4j started on first use and stopped when the JVM
	 * exits, or the shared container. The first context loads the graph-seed into it; the
	 * next ones find it loaded.
	 */
	public static Map<String, String> sharedDatabaseProperties() {
		String imports = newImportsDir().toString();
		if (Neo4jTestMode.testcontainers()) {
			Neo4jContainer neo4j = container();
			return Map.of("spring.neo4j.uri", neo4j.getBoltUrl(), "spring.neo4j.authentication.username", "neo4j",
					"spring.neo4j.authentication.password", neo4j.getAdminPassword(), "policygraph.seed.imports",
					imports);
		}
		EmbeddedDatabase shared = sharedEmbedded();
		return Map.of("spring.neo4j.uri", shared.boltUri().toString(), "spring.neo4j.authentication.username",
				EmbeddedDatabase.BOLT_USER, "spring.neo4j.authentication.password", shared.boltPassword(),
				"policygraph.seed.imports", imports);
	}

	private static synchronized EmbeddedDatabase sharedEmbedded() {
		if (shared == null) {
			shared = EmbeddedDatabase.start(new EmbeddedDatabaseProperties(newDataDir(), 0, DataSize.ofMegabytes(64),
					Duration.ofSeconds(30), null, List.of(), DataSize.ofMegabytes(64), Duration.ofSeconds(2)));
			Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "shared-test-neo4j-shutdown"));
		}
		return shared;
	}

	private static synchronized Neo4jContainer container() {
		if (container == null) {
			container = new Neo4jContainer(IMAGE).withRandomPassword();
			container.start();
		}
		return container;
	}

	/**
	 * Points a read-only test context, such as a GraphQL slice, at the database shared by
	 * all such contexts of the JVM ({@link #sharedDatabaseProperties()}), so that each
	 * slice starts in a moment instead of starting and seeding a database of its own.
	 */
	public static class Shared implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestPropertyValues.of(sharedDatabaseProperties()).applyTo(context);
			TestPropertyValues.of(Curators.PROPERTIES).applyTo(context);
			context.getBeanFactory().addBeanPostProcessor(new CypherCounter());
		}

	}

}
