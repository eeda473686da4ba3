package io.policygraph.seed;

import org.neo4j.driver.Driver;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;

import io.policygraph.database.GraphSchema;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SeedProperties.class)
class SeedConfiguration {

	@Bean
	SeedReader seedReader(ResourcePatternResolver resources) {
		return new SeedReader(resources);
	}

	@Bean
	SeedLoader seedLoader(Driver driver) {
		return new SeedLoader(driver);
	}

	/** Depends on the schema, so constraints exist before the first MERGE. */
	@Bean
	SeedStartup seedStartup(SeedProperties properties, SeedReader reader, SeedLoader loader, GraphSchema schema) {
		return new SeedStartup(properties, reader, loader);
	}

}
