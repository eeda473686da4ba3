package io.policygraph.warmup;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the service warms up before it reports ready (readiness {@code UP}).
 *
 * @param enabled false reports ready without warming up: the first requests then pay for
 * compiling their Cypher statements and for the JVM's cold code
 * @param rounds how many times the warm-up documents run, each round all documents at
 * once; the first round (each document once, one after the other) compiles the
 * statements, the rest warm the JVM
 * @param concurrency how many documents run at the same time after the first round
 * @param maxDuration how long the rounds after the first may take in all: no new round
 * starts after that; the first round, the compiles, always runs whole
 */
@ConfigurationProperties("policygraph.warmup")
public record WarmupProperties(@DefaultValue("true") boolean enabled, @DefaultValue("20") int rounds,
		@DefaultValue("8") int concurrency, @DefaultValue("5s") Duration maxDuration) {
}
