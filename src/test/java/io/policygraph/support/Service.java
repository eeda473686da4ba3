package io.policygraph.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.policygraph.PolicyGraphApplication;

/** A whole PolicyGraph service started by a test with its own properties, as {@code java -jar} would. */
public final class Service implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private Service(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Starts on a random HTTP port; the properties are passed as command-line arguments. Without
	 * {@code policygraph.seed.imports}, the imports folder is a new temporary one, not the working
	 * directory's {@code data/imports}.
	 */
	public static Service start(Map<String, String> properties) {
		Map<String, String> withImports = new LinkedHashMap<>(properties);
		withImports.putIfAbsent("policygraph.seed.imports", TestNeo4j.newImportsDir().toString());
		return new Service(new SpringApplicationBuilder(PolicyGraphApplication.class).run(arguments(withImports)));
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

	public GraphQlHttp http() {
		return new GraphQlHttp(Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port")));
	}

	@Override
	public void close() {
		context.close();
	}

}
