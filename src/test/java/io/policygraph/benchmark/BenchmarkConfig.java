package io.policygraph.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What one benchmark run measures and where, from the {@code benchmark.*} system
 * properties (the Maven profile {@code benchmark} passes them on; see {@link Benchmark}).
 *
 * @param scales the data sets, in order: {@code seed} (the built-in seed) or a generator
 * scale such as {@code 100}
 * @param warmup how long each measurement warms up before it records
 * @param measured how long each measurement records
 * @param clients the numbers of closed-loop clients
 * @param systems the systems to measure ({@link Systems#ALL})
 * @param queries the query ids ({@link Queries#IDS})
 * @param out the folder of results.json, results.md and results.png
 * @param projectDir the project's root (the jar, the neo4j-graphql folder, target/)
 * @param jar the service's executable jar
 * @param httpPort the port of the PolicyGraph service
 * @param boltPort the Bolt port of its embedded database
 * @param neo4jGraphqlPort the port of the Neo4j GraphQL Library's server
 * @param neo4jGraphqlDir the npm project of the Neo4j GraphQL Library's server
 */
record BenchmarkConfig(List<String> scales, Duration warmup, Duration measured, List<Integer> clients,
		List<String> systems, List<String> queries, Path out, Path projectDir, Path jar, int httpPort, int boltPort,
		int neo4jGraphqlPort, Path neo4jGraphqlDir) {

	static BenchmarkConfig fromSystemProperties() {
		Path project = Path.of(property("benchmark.project", System.getProperty("user.dir"))).toAbsolutePath();
		return new BenchmarkConfig(list("benchmark.scales", "seed"),
				Duration.ofMillis((long) (1000 * Double.parseDouble(property("benchmark.warmup", "5")))),
				Duration.ofMillis((long) (1000 * Double.parseDouble(property("benchmark.seconds", "10")))),
				list("benchmark.clients", "1,4,16").stream().map(Integer::valueOf).toList(),
				list("benchmark.systems", String.join(",", Systems.ALL)),
				list("benchmark.queries", String.join(",", Queries.IDS)),
				project.resolve(property("benchmark.out", "benchmark-results")), project,
				project.resolve(property("benchmark.jar", "target/policygraph.jar")),
				Integer.parseInt(property("benchmark.port", "28080")),
				Integer.parseInt(property("benchmark.bolt-port", "27687")),
				Integer.parseInt(property("benchmark.neo4j-graphql.port", "5400")),
				project.resolve(property("benchmark.neo4j-graphql.dir", "src/test/neo4j-graphql")));
	}

	/**
	 * The database folder given for a scale with {@code -Dbenchmark.data.<scale>=
	 *
	<dir>
	 * }, if any.
	 */
	Optional<Path> givenDataDir(String scale) {
		return Optional.ofNullable(property("benchmark.data." + scale, null))
			.map(dir -> this.projectDir.resolve(dir).toAbsolutePath());
	}

	/** Where the harness keeps what it generates: target/benchmark. */
	Path workDir() {
		return projectDir.resolve("target/benchmark");
	}

	boolean measures(String system) {
		return systems.contains(system);
	}

	int maxClients() {
		return clients.stream().mapToInt(Integer::intValue).max().orElse(1);
	}

	boolean hasNeo4jGraphql() {
		return Files.isRegularFile(neo4jGraphqlDir.resolve("server.mjs"));
	}

	/**
	 * A property's value; the fallback when it is unset, blank, or a Maven expression the
	 * profile could not resolve ({@code ${benchmark.data.1}}).
	 */
	private static String property(String name, String fallback) {
		String value = System.getProperty(name);
		return (value == null || value.isBlank() || value.startsWith("${")) ? fallback : value.trim();
	}

	private static List<String> list(String name, String fallback) {
		return Arrays.stream(property(name, fallback).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

}
