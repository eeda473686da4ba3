package io.policygraph.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.boot.neo4j.autoconfigure.Neo4jAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * A GraphQL slice of one feature against a real, seeded Neo4j: the controllers and
 * repositories of the annotated test class's package (a test in
 * {@code io.policygraph.entity} gets every {@code @Controller} and {@code @Repository} of
 * {@code io.policygraph.entity}, whatever their names) or of the {@link #packages()}
 * named ({@link FeaturePackages}), the shared {@code GraphRepository}, the GraphQL engine
 * with the service's scalars, limits and error handling, the Neo4j driver, and the
 * database that all slices of the JVM share ({@link TestNeo4j.Shared}), loaded with the
 * graph-seed by the first of them. No HTTP server, no security, no other feature's
 * controllers.
 * <p>
 * Tests inject a {@code GraphQlTester} and run the documents of
 * {@code src/test/resources/graphql-test/} with {@code documentName(...)}. Slices only
 * read: a test that writes belongs to the full-service tests ({@link PolicyGraphIT}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(Neo4jTestMode.class)
@GraphQlTest(useDefaultFilters = false)
@ImportAutoConfiguration(Neo4jAutoConfiguration.class)
@Import(GraphQlSliceTest.Infrastructure.class)
@ContextConfiguration(initializers = TestNeo4j.Shared.class)
@ContextCustomizerFactories(FeaturePackages.Factory.class)
public @interface GraphQlSliceTest {

	/**
	 * The feature packages whose controllers and repositories are loaded, when a
	 * feature's fields need another's (a Region's initiatives are paged by the initiative
	 * feature's data loader); the test class's own package when empty.
	 */
	String[] packages() default {};

	/**
	 * What every feature's controllers stand on: the embedded database and its schema,
	 * the graph-seed loaded at start, the shared graph repository, and the GraphQL
	 * configuration (Date scalar, query limits, transaction settings, error messages).
	 */
	@TestConfiguration(proxyBeanMethods = false)
	@ComponentScan(basePackages = { "io.policygraph.database", "io.policygraph.seed", "io.policygraph.graph",
			"io.policygraph.web" })
	class Infrastructure {

	}

}
