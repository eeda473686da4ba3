package io.policygraph.database;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Embedded by default: without {@code spring.neo4j.uri} the service starts its own Neo4j
 * and points Spring Boot's driver at it; with it, Boot connects to that server and
 * nothing starts here.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class DatabaseConfiguration {

	@Bean(destroyMethod = "close")
	@Conditional(NoExternalDatabase.class)
	EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties) {
		return EmbeddedDatabase.start(properties);
	}

	/**
	 * Boot builds its driver from this, so the driver exists only once the database runs.
	 */
	@Bean
	@Conditional(NoExternalDatabase.class)
	Neo4jConnectionDetails embeddedConnectionDetails(EmbeddedDatabase database) {
		URI uri = database.boltUri();
		AuthToken auth = AuthTokens.basic(database.serviceUser(), database.servicePassword());
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return uri;
			}

			@Override
			public AuthToken getAuthToken() {
				return auth;
			}
		};
	}

	/**
	 * The embedded database's disk and health: refuses writes and turns readiness
	 * {@code DOWN} on a full disk, and reopens the database when space returns.
	 */
	@Bean(destroyMethod = "close")
	@Conditional(NoExternalDatabase.class)
	StorageMonitor storage(EmbeddedDatabase database, EmbeddedDatabaseProperties properties) {
		return new StorageMonitor(database, properties);
	}

}
