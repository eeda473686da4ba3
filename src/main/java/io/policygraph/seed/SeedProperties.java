package io.policygraph.seed;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the graph-seed comes from and whether the service loads it.
 *
 * @param location the built-in graph-seed, a folder as a Spring resource location: the
 * copy inside the jar by default, or {@code file:graph-seed/} to load a working copy that
 * curators edit
 * @param imports the folder of imported months, in the graph-seed layout, that the report
 * importer writes and every start-up loads with the built-in seed (when it exists);
 * beside the embedded database's {@code data/neo4j} by default
 * @param enabled false leaves the graph alone at start-up (for a database another process
 * curates)
 */
@ConfigurationProperties("policygraph.seed")
public record SeedProperties(@DefaultValue("classpath:graph-seed/") String location,
		@DefaultValue("data/imports") Path imports, @DefaultValue("true") boolean enabled) {
}
