package io.policygraph.benchmark;

/**
 * One query of one system under a number of closed-loop clients, over the measured
 * period: latencies in milliseconds, throughput in requests per second.
 *
 * @param errors the requests that failed in the measured period (not in the latencies)
 * @param firstError the first failure, warm-up included, or null
 */
record Measurement(String scale, String system, String query, int clients, long requests, long errors, double p50,
		double p95, double p99, double max, double mean, double throughput, String firstError) {
}
