package io.policygraph.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param curators who may change the graph, each with the SHA-256 hash (hex) of their API
 * key; the keys themselves are never configured
 * @param privateReads whether reading the graph also needs a key
 * @param maxKeyFailures how many wrong API keys one client address may send within
 * {@code keyFailureWindow}; after that its requests with a key are answered 429 Too Many
 * Requests, without checking the key, until the window has passed
 * @param keyFailureWindow how long wrong keys count against a client address
 * @param keyFailureClients how many client addresses with wrong keys are remembered at
 * once (the oldest are forgotten first), so that the count's memory stays bounded
 */
@ConfigurationProperties("policygraph.security")
public record SecurityProperties(@DefaultValue List<Curator> curators, @DefaultValue("false") boolean privateReads,
		@DefaultValue("10") int maxKeyFailures, @DefaultValue("1m") Duration keyFailureWindow,
		@DefaultValue("10000") int keyFailureClients) {

	/** A curator's name (recorded in the audit trail) and the hash of their key. */
	public record Curator(String name, String keySha256) {
	}

}
