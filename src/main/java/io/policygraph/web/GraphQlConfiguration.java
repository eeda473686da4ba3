package io.policygraph.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

import graphql.scalars.ExtendedScalars;
import io.policygraph.graph.ApiProperties;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
class GraphQlConfiguration {

	/** ISO-8601 dates, read and written as java.time.LocalDate. */
	@Bean
	RuntimeWiringConfigurer dateScalar() {
		return wiring -> wiring.scalar(ExtendedScalars.Date);
	}

}
