package io.policygraph.warmup;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.graphql.ExecutionGraphQlService;

/** The {@link Warmup} that runs before the service reports ready. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WarmupProperties.class)
class WarmupConfiguration {

	@Bean
	Warmup warmup(ExecutionGraphQlService graphQl, WarmupProperties properties, ResourcePatternResolver resources) {
		return new Warmup(graphQl, properties, resources);
	}

}
