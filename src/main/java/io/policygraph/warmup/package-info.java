/**
 * Warm-up: the service runs its own GraphQL documents before it reports ready, so that
 * the first clients never wait behind a cold Cypher compile or an unoptimised JVM.
 */
package io.policygraph.warmup;
