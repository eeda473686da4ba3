package io.policygraph.importer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code importReport} mutation.
 *
 * @param allowWrites whether an import through the API may write graph-seed files and load them;
 * off until curator authentication exists, so that no anonymous client changes the graph
 */
@ConfigurationProperties("policygraph.import")
public record ImportProperties(@DefaultValue("false") boolean allowWrites) {
}
