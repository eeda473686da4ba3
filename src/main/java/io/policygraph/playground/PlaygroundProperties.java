package io.policygraph.playground;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether the service serves its GraphQL playground.
 *
 * @param enabled false answers 404 for the page, its assets and its examples; the GraphQL
 * endpoint itself is not affected
 */
@ConfigurationProperties("policygraph.playground")
public record PlaygroundProperties(@DefaultValue("true") boolean enabled) {

	/** The property that switches the playground's beans on and off. */
	static final String ENABLED = "policygraph.playground.enabled";

}
