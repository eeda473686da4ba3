package io.policygraph.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param curators who may change the graph, each with the SHA-256 hash (hex) of their API
 * key; the keys themselves are never configured
 * @param privateReads whether reading the graph also needs a key
 */
@ConfigurationProperties("policygraph.security")
public record SecurityProperties(@DefaultValue List<Curator> curators, @DefaultValue("false") boolean privateReads) {

	/** A curator's name (recorded in the audit trail) and the hash of their key. */
	public record Curator(String name, String keySha256) {
	}

}
