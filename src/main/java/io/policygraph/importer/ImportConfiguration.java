package io.policygraph.importer;

import org.neo4j.driver.Driver;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.policygraph.seed.SeedLoader;
import io.policygraph.seed.SeedProperties;
import io.policygraph.seed.SeedReader;

/**
 * The import service of a running PolicyGraph: its seed folders, loads into its own
 * database, and its audit trail.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportProperties.class)
class ImportConfiguration {

	@Bean
	ImportService importService(SeedReader reader, SeedProperties seed, SeedLoader loader, Driver driver) {
		return new ImportService(reader, ImportService.Folders.of(seed), () -> loader::load,
				new ImportAuditRepository(driver));
	}

}
