package io.policygraph.graph;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the GraphQL API.
 *
 * @param defaultPageSize items per page when a client does not say
 * @param maxPageSize the most items a page, a search or a nested list may ask for
 * @param maxPathHops the longest path {@code path} and {@code paths} look for
 */
@ConfigurationProperties("policygraph.api")
public record ApiProperties(@DefaultValue("20") int defaultPageSize, @DefaultValue("100") int maxPageSize,
		@DefaultValue("6") int maxPathHops) {
}
