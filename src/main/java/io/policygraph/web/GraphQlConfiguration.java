package io.policygraph.web;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

import io.policygraph.database.StorageMonitor;
import io.policygraph.graph.ApiProperties;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
class GraphQlConfiguration {

	/**
	 * Strict ISO-8601 calendar dates (yyyy-MM-dd), read and written as
	 * java.time.LocalDate.
	 */
	@Bean
	RuntimeWiringConfigurer dateScalar() {
		return wiring -> wiring.scalar(DateScalar.DATE);
	}

	/** Mutations answer STORAGE_FULL while the embedded database's disk is full. */
	@Bean
	StorageGuard storageGuard(ObjectProvider<StorageMonitor> monitor) {
		return new StorageGuard(monitor);
	}

	/** The SDL's descriptions of custom scalars, as served by introspection. */
	@Bean
	GraphQlSourceBuilderCustomizer schemaDescriptions() {
		return builder -> builder.typeVisitorsToTransformSchema(List.of(new SchemaDescriptions()));
	}

}
