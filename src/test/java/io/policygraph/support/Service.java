package io.policygraph.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import io.policygraph.PolicyGraphApplication;

/**
 * A whole PolicyGraph service started by a test with its own properties, as
 * {@code java -jar} would.
 */
public final class Service implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private Service(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Starts on a random HTTP port; the properties are passed as command-line arguments.
	 * Without {@code policygraph.seed.imports}, the imports folder is a new temporary
	 * one, not the working directory's {@code data/imports}; without
	 * {@code policygraph.warmup.enabled}, the warm-up is off (it adds 15 to 20 s to a
	 * start on a build machine and changes no answer).
	 */
	public static Service start(Map<String, String> properties) {
		return start(properties, false);
	}

	/**
	 * Starts as {@link #start(Map)} does; with {@code counted}, the statements the
	 * service runs are counted and recorded by {@link CypherCounter}.
	 */
	public static Service start(Map<String, String> properties, boolean counted) {
		Map<String, String> withImports = new LinkedHashMap<>(properties);
		withImports.putIfAbsent("policygraph.seed.imports", TestNeo4j.newImportsDir().toString());
		withImports.putIfAbsent("policygraph.warmup.enabled", "false");
		var application = new SpringApplicationBuilder(PolicyGraphApplication.class);
		if (counted) {
			application.initializers(context -> context.getBeanFactory().addBeanPostProcessor(new CypherCounter()));
		}
		return new Service(application.run(arguments(withImports)));
	}

	public static String[] arguments(Map<String, String> properties) {
		List<String> args = new ArrayList<>();
		args.add("--server.port=0");
		properties.forEach((name, value) -> args.add("--" + name + "=" + value));
		return args.toArray(String[]::new);
	}

	public ConfigurableApplicationContext context() {
		return context;
	}

	/** The HTTP port the service listens on. */
	public int port() {
		return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
	}

	/** Spring's tester for GraphQL over HTTP to this service. */
	public HttpGraphQlTester graphQlTester() {
		return HttpGraphQl.tester(port());
	}

	/** The same tester sending {@code Authorization: Bearer <key>}. */
	public HttpGraphQlTester graphQlTester(String apiKey) {
		return HttpGraphQl.tester(port(), apiKey);
	}

	/** The months of the reports in the graph, in order. */
	public List<String> reportMonths() {
		return graphQlTester().document("{ reports { month } }")
			.execute()
			.path("reports[*].month")
			.entityList(String.class)
			.get()
			.stream()
			.sorted()
			.toList();
	}

	@Override
	public void close() {
		context.close();
	}

}
