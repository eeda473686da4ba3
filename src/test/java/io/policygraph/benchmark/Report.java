package io.policygraph.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

import tools.jackson.databind.SerializationFeature;

/**
 * The results of a run: results.json (everything), results.md (a table per scale, the
 * ratios, the growth across scales and the targets of issue 14) and results.png
 * ({@link Chart}).
 */
final class Report {

	/** Targets of issue 14. */
	static final double FLOOR_RATIO = 1.3;

	static final double NEO4J_GRAPHQL_RATIO = 2.0;

	static final double SCALING_RATIO = 1.6;

	static final double GROWTH_RATIO = 2.0;

	private final BenchmarkConfig config;

	private final MachineInfo machine;

	private final List<ScaleResult> scales;

	Report(BenchmarkConfig config, MachineInfo machine, List<ScaleResult> scales) {
		this.config = config;
		this.machine = machine;
		this.scales = scales;
	}

	/** Writes the three files into the out folder. */
	void write() throws IOException {
		Files.createDirectories(this.config.out());
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("date", Instant.now().toString());
		json.put("machine", this.machine);
		json.put("settings", settings());
		json.put("scales", this.scales);
		json.put("targets", targetChecks());
		GraphQlTarget.JSON.rebuild()
			.enable(SerializationFeature.INDENT_OUTPUT)
			.build()
			.writeValue(this.config.out().resolve("results.json").toFile(), json);
		Files.writeString(this.config.out().resolve("results.md"), markdown());
		Chart.write(this, this.config.out().resolve("results.png"));
	}

	private Map<String, Object> settings() {
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("scales", this.config.scales());
		settings.put("warmupSeconds", this.config.warmup().toMillis() / 1000.0);
		settings.put("measuredSeconds", this.config.measured().toMillis() / 1000.0);
		settings.put("clients", this.config.clients());
		settings.put("systems", this.config.systems());
		settings.put("queries", this.config.queries());
		return settings;
	}

	List<ScaleResult> scales() {
		return this.scales;
	}

	BenchmarkConfig config() {
		return this.config;
	}

	/**
	 * The scale the others are compared with: {@code 1} when measured, else the first.
	 */
	ScaleResult baseScale() {
		return this.scales.stream().filter(s -> s.scale().equals("1")).findFirst().orElse(this.scales.get(0));
	}

	ScaleResult largestScale() {
		return this.scales.get(this.scales.size() - 1);
	}

	private static OptionalDouble value(ScaleResult scale, String system, String query, int clients,
			ToDoubleFunction<Measurement> field) {
		Optional<Measurement> m = scale.measurement(system, query, clients);
		return m.filter(x -> x.requests() > 0)
			.map(x -> OptionalDouble.of(field.applyAsDouble(x)))
			.orElse(OptionalDouble.empty());
	}

	private static OptionalDouble ratio(OptionalDouble a, OptionalDouble b) {
		return (a.isPresent() && b.isPresent() && b.getAsDouble() > 0)
				? OptionalDouble.of(a.getAsDouble() / b.getAsDouble()) : OptionalDouble.empty();
	}

	/** PolicyGraph's p50 over the Cypher floor's, at 1 client. */
	OptionalDouble floorRatio(ScaleResult scale, String query) {
		return ratio(value(scale, Systems.POLICYGRAPH, query, 1, Measurement::p50),
				value(scale, Systems.CYPHER, query, 1, Measurement::p50));
	}

	/** PolicyGraph's throughput over a Neo4j GraphQL variant's, at the most clients. */
	OptionalDouble neo4jGraphqlRatio(ScaleResult scale, String query, String variant) {
		int clients = this.config.maxClients();
		return ratio(value(scale, Systems.POLICYGRAPH, query, clients, Measurement::throughput),
				value(scale, variant, query, clients, Measurement::throughput));
	}

	/** PolicyGraph's throughput at 4 clients over that at 1. */
	OptionalDouble scalingRatio(ScaleResult scale, String query) {
		return ratio(value(scale, Systems.POLICYGRAPH, query, 4, Measurement::throughput),
				value(scale, Systems.POLICYGRAPH, query, 1, Measurement::throughput));
	}

	/** PolicyGraph's p50 at 1 client at a scale over that at the base scale. */
	OptionalDouble growth(ScaleResult scale, String query) {
		return ratio(value(scale, Systems.POLICYGRAPH, query, 1, Measurement::p50),
				value(baseScale(), Systems.POLICYGRAPH, query, 1, Measurement::p50));
	}

	/**
	 * Issue 14's targets, per query: the floor and the concurrency targets at the base
	 * scale, the growth from it to the largest scale.
	 */
	List<String> targetChecks() {
		ScaleResult base = baseScale();
		ScaleResult largest = largestScale();
		List<String> lines = new ArrayList<>();
		for (String query : this.config.queries()) {
			List<String> checks = new ArrayList<>();
			checks.add(check("p50/cypher", floorRatio(base, query), r -> r <= FLOOR_RATIO, "<= " + FLOOR_RATIO));
			OptionalDouble vsNeo4jGraphql = min(neo4jGraphqlRatio(base, query, Systems.NEO4J_GRAPHQL),
					neo4jGraphqlRatio(base, query, Systems.NEO4J_GRAPHQL_NODELAY));
			checks.add(check(this.config.maxClients() + "-client req/s vs neo4j-graphql", vsNeo4jGraphql,
					r -> r >= NEO4J_GRAPHQL_RATIO, ">= " + NEO4J_GRAPHQL_RATIO));
			checks.add(check("4/1-client req/s", scalingRatio(base, query), r -> r >= SCALING_RATIO,
					">= " + SCALING_RATIO));
			if (Queries.SELECTIVE.contains(query)) {
				checks.add((largest == base) ? "growth n/a (one scale)"
						: check("p50 scale " + largest.scale() + "/" + base.scale(), growth(largest, query),
								r -> r <= GROWTH_RATIO, "<= " + GROWTH_RATIO));
			}
			lines.add(query + ": " + String.join("; ", checks));
		}
		return lines;
	}

	private static OptionalDouble min(OptionalDouble a, OptionalDouble b) {
		if (a.isPresent() && b.isPresent()) {
			return OptionalDouble.of(Math.min(a.getAsDouble(), b.getAsDouble()));
		}
		return a.isPresent() ? a : b;
	}

	private static String check(String what, OptionalDouble ratio, java.util.function.DoublePredicate target,
			String targetText) {
		if (ratio.isEmpty()) {
			return what + " n/a";
		}
		return "%s %.2f (%s) %s".formatted(what, ratio.getAsDouble(), targetText,
				target.test(ratio.getAsDouble()) ? "PASS" : "FAIL");
	}

	private String markdown() {
		StringBuilder md = new StringBuilder("# PolicyGraph benchmark\n\n");
		md.append("Machine: %d cores, %s, %s RAM; %s; %s; load average at the start %s.%n%n".formatted(
				this.machine.cores(), this.machine.cpuModel(), this.machine.memory(), this.machine.jdk(),
				this.machine.os(), this.machine.loadAverage()));
		md.append("Closed-loop clients %s, %.1f s warm-up then %.1f s measured per query, system and clients; "
			.formatted(this.config.clients(), this.config.warmup().toMillis() / 1000.0,
					this.config.measured().toMillis() / 1000.0));
		md.append("latencies in ms (HdrHistogram), throughput in requests/s.\n\n");
		for (ScaleResult scale : this.scales) {
			scaleSection(md, scale);
		}
		if (this.scales.size() > 1) {
			growthSection(md);
		}
		md.append("## Targets (issue 14)\n\nAt scale ")
			.append(baseScale().scale())
			.append("; growth from it to scale ")
			.append(largestScale().scale())
			.append(".\n\n");
		targetChecks().forEach(line -> md.append("- ").append(line).append('\n'));
		return md.toString();
	}

	private void scaleSection(StringBuilder md, ScaleResult scale) {
		md.append("## Scale ").append(scale.scale()).append("\n\n");
		md.append("Database: `%s`. Cold start to the first %s answer: %.0f ms.%n%n".formatted(scale.dataDir(),
				Queries.COLD_START, scale.coldStartMs()));
		scale.skipped()
			.forEach((system, why) -> md.append("Skipped ").append(system).append(": ").append(why).append(".\n\n"));
		md.append(
				"Answers compared with PolicyGraph's (ids in order):\n\n| query | system | answer |\n| --- | --- | --- |\n");
		scale.agreement()
			.forEach(a -> md
				.append("| %s | %s | %s |%n".formatted(a.query(), a.system(), a.verdict().replace("|", "\\|"))));
		md.append("\n| query | system | clients | p50 | p95 | p99 | req/s | errors |\n");
		md.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
		for (Measurement m : scale.measurements()) {
			md.append("| %s | %s | %d | %.2f | %.2f | %.2f | %.1f | %d |%n".formatted(m.query(), m.system(),
					m.clients(), m.p50(), m.p95(), m.p99(), m.throughput(), m.errors()));
		}
		int clients = this.config.maxClients();
		md.append(
				"\n| query | p50 policygraph / cypher (1 client) | req/s policygraph / neo4j-graphql (%d) | req/s policygraph / neo4j-graphql-nodelay (%d) | req/s policygraph 4 / 1 clients |%n"
					.formatted(clients, clients));
		md.append("| --- | ---: | ---: | ---: | ---: |\n");
		for (String query : this.config.queries()) {
			md.append("| %s | %s | %s | %s | %s |%n".formatted(query, format(floorRatio(scale, query)),
					format(neo4jGraphqlRatio(scale, query, Systems.NEO4J_GRAPHQL)),
					format(neo4jGraphqlRatio(scale, query, Systems.NEO4J_GRAPHQL_NODELAY)),
					format(scalingRatio(scale, query))));
		}
		md.append('\n');
	}

	private void growthSection(StringBuilder md) {
		md.append("## Growth\n\nPolicyGraph's p50 at 1 client at each scale over that at scale ")
			.append(baseScale().scale())
			.append(".\n\n| query |");
		this.scales.forEach(s -> md.append(' ').append(s.scale()).append(" |"));
		md.append("\n| --- |");
		this.scales.forEach(s -> md.append(" ---: |"));
		md.append('\n');
		for (String query : this.config.queries()) {
			md.append("| ").append(query).append(" |");
			this.scales.forEach(s -> md.append(' ').append(format(growth(s, query))).append(" |"));
			md.append('\n');
		}
		md.append('\n');
	}

	private static String format(OptionalDouble ratio) {
		return ratio.isPresent() ? "%.2f".formatted(ratio.getAsDouble()) : "n/a";
	}

}
