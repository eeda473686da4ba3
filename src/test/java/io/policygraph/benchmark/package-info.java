/**
 * Issue 14's benchmark harness, run by {@code ./mvnw -Pbenchmark verify} and never by a
 * plain build (see {@link io.policygraph.benchmark.Benchmark}).
 * <ul>
 * <li>{@link io.policygraph.benchmark.Benchmark}: the run, scale by scale;
 * {@link io.policygraph.benchmark.BenchmarkConfig} its {@code benchmark.*} settings;
 * {@link io.policygraph.benchmark.DataSets} the database of each scale.</li>
 * <li>{@link io.policygraph.benchmark.Systems}: the systems under test, each a
 * {@link io.policygraph.benchmark.Target}: {@link io.policygraph.benchmark.GraphQlTarget}
 * for PolicyGraph and the Neo4j GraphQL Library,
 * {@link io.policygraph.benchmark.CypherTarget} for the floor
 * ({@link io.policygraph.benchmark.CypherStatements}); subprocesses are
 * {@link io.policygraph.benchmark.ServiceProcess}es, logging to
 * target/benchmark/logs.</li>
 * <li>{@link io.policygraph.benchmark.LoadRunner}: closed-loop clients, HdrHistogram
 * latencies; {@link io.policygraph.benchmark.Report} and
 * {@link io.policygraph.benchmark.Chart}: benchmark-results/results.json, .md and
 * .png.</li>
 * </ul>
 * The Neo4j GraphQL Library's folder (src/test/neo4j-graphql) provides {@code server.mjs}
 * and {@code queries/<id>.graphql} (variables in {@code <id>.json}); the harness gives
 * {@code initiativesPage2} the variable {@code after}, the first {@code endCursor} of the
 * answer to {@code initiativesFiltered}. Answers are compared by their ids: every
 * {@code id} field in the answer's order, and the strings of a root field that is a list
 * of strings (a path as {@code [ID!]}).
 */
package io.policygraph.benchmark;
