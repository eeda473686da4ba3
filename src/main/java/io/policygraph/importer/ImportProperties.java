package io.policygraph.importer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code importReport} mutation.
 *
 * @param allowWrites whether an import through the API may write the month into the
 * imports folder ({@code policygraph.seed.imports}) and load it; a curator's key is
 * needed besides
 */
@ConfigurationProperties("policygraph.import")
public record ImportProperties(@DefaultValue("false") boolean allowWrites) {
}
