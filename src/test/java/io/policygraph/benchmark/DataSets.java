package io.policygraph.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The database of each scale. {@code seed} is the built-in seed: the service loads it
 * into an empty folder at its first start. A number N is the generator's scale: the jar's
 * {@code generate --scale N --seed 42} writes the seed folder, {@code bulk-load} builds
 * the database from it, and the service runs on it with its seed loading off. Both are
 * kept under target/benchmark/data and reused; {@code -Dbenchmark.data.<scale>=
 *
<dir>
 * } names an existing database folder instead.
 */
final class DataSets {

	/** The generator's seed: the same graph at every run. */
	private static final String GENERATOR_SEED = "42";

	private static final Duration BUILD_TIMEOUT = Duration.ofHours(2);

	private DataSets() {
	}

	/**
	 * A database for the service.
	 *
	 * @param scale the scale it holds
	 * @param dataDir the folder of the embedded database
	 * @param seedOnStart whether the service loads the built-in seed at start-up
	 */
	record DataSet(String scale, Path dataDir, boolean seedOnStart) {
	}

	/** The database of a scale, built first when there is none yet. */
	static DataSet prepare(BenchmarkConfig config, String scale) throws Exception {
		boolean seed = scale.equals("seed");
		var given = config.givenDataDir(scale);
		if (given.isPresent()) {
			return new DataSet(scale, given.get(), seed);
		}
		if (seed) {
			return new DataSet(scale, config.workDir().resolve("data/seed/neo4j"), true);
		}
		long n = Long.parseLong(scale);
		Path folder = config.workDir().resolve("data/x" + n);
		Path dataDir = folder.resolve("neo4j");
		if (!Files.isDirectory(dataDir)) {
			build(config, n, folder.resolve("seed"), dataDir);
		}
		return new DataSet(scale, dataDir, false);
	}

	private static void build(BenchmarkConfig config, long n, Path seedFolder, Path dataDir) throws Exception {
		Path logs = config.workDir().resolve("logs");
		String jar = config.jar().toString();
		System.out.printf("Scale %d: generating %s and bulk-loading %s (logs in %s)%n", n, seedFolder, dataDir, logs);
		ServiceProcess.run(
				"generate-x" + n, List.of(Benchmark.java(), "-jar", jar, "generate", "--scale", Long.toString(n),
						"--seed", GENERATOR_SEED, "--out", seedFolder.toString()),
				config.projectDir(), logs, BUILD_TIMEOUT);
		ServiceProcess.run("bulk-load-x" + n, List.of(Benchmark.java(), "-jar", jar, "bulk-load", seedFolder.toString(),
				"--policygraph.embedded.data-dir=" + dataDir), config.projectDir(), logs, BUILD_TIMEOUT);
	}

}
