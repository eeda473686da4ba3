package io.policygraph.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 14's benchmark: PolicyGraph's GraphQL service against the same answers from one
 * hand-written Cypher statement (the floor) and from the Neo4j GraphQL Library (with and
 * without its batching delay), on one database per scale.
 * <p>
 * Run it with {@code ./mvnw -Pbenchmark verify} (the profile packages the jar without
 * tests, then runs this class from the test classpath in a JVM of its own); the settings
 * are the {@code benchmark.*} properties of {@link BenchmarkConfig}, such as
 * {@code -Dbenchmark.scales=seed,100 -Dbenchmark.seconds=10 -Dbenchmark.clients=1,4,16}.
 * <p>
 * Per scale: build or reuse the database ({@link DataSets}), start the service and time
 * its cold start, compare every system's answer to each query with PolicyGraph's, then
 * measure each system, query and number of clients ({@link LoadRunner}). The results go
 * to {@code benchmark-results/} ({@link Report}); the targets check is printed last.
 */
public final class Benchmark {

	private Benchmark() {
	}

	public static void main(String[] args) throws Exception {
		BenchmarkConfig config = BenchmarkConfig.fromSystemProperties();
		Systems.requireJar(config);
		MachineInfo machine = MachineInfo.read();
		System.out.println("Benchmark on " + machine);
		LoadRunner load = new LoadRunner(config.warmup(), config.measured());
		List<ScaleResult> results = new ArrayList<>();
		for (String scale : config.scales()) {
			results.add(runScale(config, scale, load));
			new Report(config, machine, results).write();
		}
		Report report = new Report(config, machine, results);
		report.write();
		System.out.println("\nResults in " + config.out());
		System.out.println("Targets (issue 14):");
		report.targetChecks().forEach(line -> System.out.println("  " + line));
	}

	private static ScaleResult runScale(BenchmarkConfig config, String scale, LoadRunner load) throws Exception {
		DataSets.DataSet data = DataSets.prepare(config, scale);
		System.out.printf("%nScale %s: database %s%n", scale, data.dataDir());
		try (Systems systems = Systems.start(config, data)) {
			double coldStartMs = systems.coldStart().toNanos() / 1e6;
			System.out.printf("Cold start to the first %s answer: %.0f ms%n", Queries.COLD_START, coldStartMs);
			Map<String, String> skipped = new LinkedHashMap<>();
			List<String> available = new ArrayList<>();
			for (String system : config.systems()) {
				String why = systems.unavailable(system);
				if (why == null) {
					available.add(system);
				}
				else {
					skipped.put(system, why);
					System.out.println("Skipping " + system + ": " + why);
				}
			}
			List<ScaleResult.Agreement> agreement = compareAnswers(config, systems, available, skipped);
			List<Measurement> measurements = new ArrayList<>();
			for (String system : available) {
				measurements.addAll(measure(config, systems, system, scale, load, skipped));
			}
			return new ScaleResult(scale, data.dataDir().toString(), coldStartMs, skipped, agreement, measurements);
		}
	}

	/**
	 * Each system's answer to each query, once, compared with PolicyGraph's; a system
	 * that cannot start is skipped.
	 */
	private static List<ScaleResult.Agreement> compareAnswers(BenchmarkConfig config, Systems systems,
			List<String> available, Map<String, String> skipped) {
		Map<String, List<String>> reference = new HashMap<>();
		List<ScaleResult.Agreement> agreement = new ArrayList<>();
		for (String system : new ArrayList<>(available)) {
			try (Target target = systems.open(system)) {
				for (String query : config.queries()) {
					if (!target.supports(query)) {
						agreement.add(new ScaleResult.Agreement(query, system, "no such query", List.of()));
						continue;
					}
					try {
						List<String> ids = target.run(query);
						if (system.equals(Systems.POLICYGRAPH)) {
							reference.put(query, ids);
							agreement.add(ScaleResult.Agreement.reference(query, ids));
						}
						else {
							agreement.add(ScaleResult.Agreement.compare(query, system, ids, reference.get(query)));
						}
					}
					catch (Exception ex) {
						agreement.add(new ScaleResult.Agreement(query, system, "error: " + ex.getMessage(), List.of()));
					}
				}
			}
			catch (Exception ex) {
				available.remove(system);
				skipped.put(system, "did not start: " + ex.getMessage());
				System.out.println("Skipping " + system + ": " + ex.getMessage());
			}
		}
		agreement.forEach(a -> System.out.printf("  %-22s %-22s %s%n", a.query(), a.system(), a.verdict()));
		return agreement;
	}

	private static List<Measurement> measure(BenchmarkConfig config, Systems systems, String system, String scale,
			LoadRunner load, Map<String, String> skipped) {
		List<Measurement> measurements = new ArrayList<>();
		try (Target target = systems.open(system)) {
			for (String query : config.queries()) {
				if (!target.supports(query)) {
					continue;
				}
				for (int clients : config.clients()) {
					Measurement m = load.measure(scale, target, query, clients);
					System.out.printf(
							"  %-12s %-22s %-22s %3d clients  p50 %8.2f  p95 %8.2f  p99 %8.2f ms  %8.1f req/s%s%n",
							scale, system, query, clients, m.p50(), m.p95(), m.p99(), m.throughput(),
							m.errors() > 0 ? "  " + m.errors() + " errors, first: " + m.firstError() : "");
					measurements.add(m);
				}
			}
		}
		catch (Exception ex) {
			skipped.put(system, "failed while measured: " + ex.getMessage());
			System.out.println("Measuring " + system + " failed: " + ex);
		}
		return measurements;
	}

	/** The java command of the JVM running the harness. */
	static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
