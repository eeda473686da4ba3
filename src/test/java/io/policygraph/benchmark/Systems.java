package io.policygraph.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

import tools.jackson.databind.node.ObjectNode;

/**
 * The systems under test at one scale. The PolicyGraph service runs from {@link #start}
 * to {@link #close()} (its embedded database is the one every system reads); each
 * {@link #open} gives a {@link Target}, and the Neo4j GraphQL Library's server runs from
 * its open to its target's close.
 */
final class Systems implements AutoCloseable {

	static final String POLICYGRAPH = "policygraph";

	static final String CYPHER = "cypher";

	static final String NEO4J_GRAPHQL = "neo4j-graphql";

	static final String NEO4J_GRAPHQL_NODELAY = "neo4j-graphql-nodelay";

	static final List<String> ALL = List.of(POLICYGRAPH, CYPHER, NEO4J_GRAPHQL, NEO4J_GRAPHQL_NODELAY);

	/** A start on a large generated graph can take a while (start-up checks). */
	/** The embedded database's Bolt password while the benchmark runs it. */
	private static final String BOLT_PASSWORD = "benchmark-bolt-password";

	private static final Duration START_TIMEOUT = Duration.ofMinutes(15);

	private final BenchmarkConfig config;

	private final ServiceProcess service;

	private final Duration coldStart;

	private Systems(BenchmarkConfig config, ServiceProcess service, Duration coldStart) {
		this.config = config;
		this.service = service;
		this.coldStart = coldStart;
	}

	/** The service's heap ({@code -Dbenchmark.heap}, default 2g). */
	static final String HEAP = System.getProperty("benchmark.heap", "2g");

	/**
	 * The embedded database's page cache ({@code -Dbenchmark.page-cache}, default 4g):
	 * the 10,000x store's nodes, relationships and indexes fit.
	 */
	static final String PAGE_CACHE = System.getProperty("benchmark.page-cache", "4GB");

	/**
	 * Starts the PolicyGraph jar on a scale's database and times its cold start: from the
	 * process's start to the first successful answer to {@link Queries#COLD_START}; then
	 * waits for its readiness probe.
	 */
	static Systems start(BenchmarkConfig config, DataSets.DataSet data) throws Exception {
		List<String> command = new ArrayList<>(
				List.of(Benchmark.java(), "-Xms" + HEAP, "-Xmx" + HEAP, "-jar", config.jar().toString(),
						"--server.port=" + config.httpPort(), "--policygraph.embedded.data-dir=" + data.dataDir(),
						"--policygraph.embedded.bolt-port=" + config.boltPort(),
						"--policygraph.embedded.bolt-password=" + BOLT_PASSWORD,
						"--policygraph.embedded.page-cache=" + PAGE_CACHE));
		if (!data.seedOnStart()) {
			command.add("--policygraph.seed.enabled=false");
		}
		Files.createDirectories(data.dataDir().getParent());
		long start = System.nanoTime();
		ServiceProcess service = ServiceProcess.start("policygraph-" + data.scale(), command, config.projectDir(),
				Map.of(), config.workDir().resolve("logs"), null);
		try {
			Target probe = new GraphQlTarget("cold-start", graphqlEndpoint(config),
					Map.of(Queries.COLD_START, Queries.policyGraphDocument(Queries.COLD_START)), Map.of(), null);
			long deadline = start + START_TIMEOUT.toNanos();
			while (!answers(probe)) {
				service.checkAlive();
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("PolicyGraph did not answer within " + START_TIMEOUT);
				}
				Thread.sleep(50);
			}
			Duration coldStart = Duration.ofNanos(System.nanoTime() - start);
			awaitReadiness(config);
			return new Systems(config, service, coldStart);
		}
		catch (Exception ex) {
			service.close();
			throw ex;
		}
	}

	private static boolean answers(Target probe) {
		try {
			probe.run(Queries.COLD_START);
			return true;
		}
		catch (Exception ex) {
			return false;
		}
	}

	private static void awaitReadiness(BenchmarkConfig config) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		URI readiness = URI.create("http://127.0.0.1:" + config.httpPort() + "/actuator/health/readiness");
		for (int attempt = 0; attempt < 6000; attempt++) {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(readiness).build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
				return;
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("PolicyGraph's readiness is not UP: " + readiness);
	}

	private static URI graphqlEndpoint(BenchmarkConfig config) {
		return URI.create("http://127.0.0.1:" + config.httpPort() + "/graphql");
	}

	Duration coldStart() {
		return this.coldStart;
	}

	/**
	 * Why a system cannot be measured here, or null when it can: the Neo4j GraphQL
	 * Library's server needs node and its npm project.
	 */
	String unavailable(String system) {
		if (!system.startsWith(NEO4J_GRAPHQL)) {
			return null;
		}
		if (!this.config.hasNeo4jGraphql()) {
			return "no " + this.config.neo4jGraphqlDir().resolve("server.mjs")
					+ " (the Neo4j GraphQL Library's server, src/test/neo4j-graphql)";
		}
		try {
			ServiceProcess.run("node-version", List.of("node", "--version"), this.config.projectDir(),
					this.config.workDir().resolve("logs"), Duration.ofSeconds(30));
			return null;
		}
		catch (Exception ex) {
			return "node is not installed: " + ex.getMessage();
		}
	}

	/** A target for a system; the caller closes it. */
	Target open(String system) throws Exception {
		return switch (system) {
			case POLICYGRAPH ->
				new GraphQlTarget(POLICYGRAPH, graphqlEndpoint(this.config), policyGraphDocuments(), Map.of(), null);
			case CYPHER -> new CypherTarget(GraphDatabase.driver("bolt://127.0.0.1:" + this.config.boltPort(),
					AuthTokens.basic("neo4j", BOLT_PASSWORD)), this.config.queries());
			case NEO4J_GRAPHQL -> openNeo4jGraphql(NEO4J_GRAPHQL, false);
			case NEO4J_GRAPHQL_NODELAY -> openNeo4jGraphql(NEO4J_GRAPHQL_NODELAY, true);
			default -> throw new IllegalArgumentException("Unknown system " + system + "; known: " + ALL);
		};
	}

	private Map<String, String> policyGraphDocuments() {
		Map<String, String> documents = new LinkedHashMap<>();
		this.config.queries().forEach(id -> documents.put(id, Queries.policyGraphDocument(id)));
		return documents;
	}

	/**
	 * Starts {@code node server.mjs} (after {@code npm ci} when node_modules is missing)
	 * and reads its documents, queries/&lt;id&gt;.graphql with variables from
	 * &lt;id&gt;.json.
	 */
	private Target openNeo4jGraphql(String name, boolean nodelay) throws Exception {
		Path dir = this.config.neo4jGraphqlDir();
		Path logs = this.config.workDir().resolve("logs");
		if (!Files.isDirectory(dir.resolve("node_modules"))) {
			ServiceProcess.run("npm-ci", List.of("npm", "ci", "--no-audit", "--no-fund"), dir, logs,
					Duration.ofMinutes(10));
		}
		Map<String, String> documents = new LinkedHashMap<>();
		Map<String, ObjectNode> variables = new LinkedHashMap<>();
		for (String id : this.config.queries()) {
			Path document = dir.resolve("queries/" + id + ".graphql");
			if (Files.isRegularFile(document)) {
				documents.put(id, Files.readString(document));
				Path json = dir.resolve("queries/" + id + ".json");
				if (Files.isRegularFile(json)) {
					variables.put(id, (ObjectNode) GraphQlTarget.JSON.readTree(Files.readString(json)));
				}
			}
		}
		int port = this.config.neo4jGraphqlPort();
		ServiceProcess server = ServiceProcess.start(name, List.of("node", "server.mjs"), dir,
				Map.of("NEO4J_URI", "bolt://127.0.0.1:" + this.config.boltPort(), "NEO4J_USER", "neo4j",
						"NEO4J_PASSWORD", BOLT_PASSWORD, "PORT", Integer.toString(port), "NODELAY",
						nodelay ? "1" : "0"),
				logs, line -> line.startsWith("READY"));
		try {
			server.awaitReadyLine(Duration.ofMinutes(2));
			return new GraphQlTarget(name, URI.create("http://127.0.0.1:" + port + "/graphql"), documents, variables,
					server);
		}
		catch (Exception ex) {
			server.close();
			throw ex;
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.service.close();
	}

	static void requireJar(BenchmarkConfig config) throws IOException {
		if (!Files.isRegularFile(config.jar())) {
			throw new IOException("No " + config.jar() + ": package the service first (mvn -Pbenchmark verify does)");
		}
	}

}
