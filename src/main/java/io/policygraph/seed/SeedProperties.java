package io.policygraph.seed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the graph-seed comes from and whether the service loads it.
 *
 * @param location a folder as a Spring resource location: the copy inside the jar by default, or
 * {@code file:graph-seed/} to load a working copy that curators edit
 * @param enabled false leaves the graph alone at start-up (for a database another process curates)
 */
@ConfigurationProperties("policygraph.seed")
public record SeedProperties(@DefaultValue("classpath:graph-seed/") String location,
		@DefaultValue("true") boolean enabled) {
}
