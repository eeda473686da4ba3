package io.policygraph.warmup;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.graphql.ExecutionGraphQlService;

/**
 * The {@link Warmup} that runs before the service reports ready; only in the web service,
 * not in the commands ({@code import --load}, {@code bulk-load}) that start the database
 * without it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(WarmupProperties.class)
class WarmupConfiguration {

	@Bean
	Warmup warmup(ExecutionGraphQlService graphQl, WarmupProperties properties, ResourcePatternResolver resources) {
		return new Warmup(graphQl, properties, resources);
	}

}
