package io.policygraph.database;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The configured database as the command-line tools ({@code import --load},
 * {@code bulk-load}) open it: the service's application without its web server and
 * without loading its seed, from the {@code --spring.*} and {@code --policygraph.*}
 * options the user gave, quiet about a failure to start, which the command explains in a
 * line of its own.
 */
public final class CommandDatabase {

	private CommandDatabase() {
	}

	/**
	 * The first option that is neither {@code --spring.*} nor {@code --policygraph.*}, or
	 * null when there is none.
	 */
	public static String unknownOption(List<String> options) {
		return options.stream()
			.filter(option -> !option.startsWith("--spring.") && !option.startsWith("--policygraph."))
			.findFirst()
			.orElse(null);
	}

	/**
	 * Starts the application's context on the configured database.
	 * @param application the service's {@code @SpringBootApplication} class
	 * @param options the user's {@code --spring.*} and {@code --policygraph.*} options
	 * @param defaults options used when the user gave none with the same name, by name
	 * without {@code --} (such as {@code policygraph.embedded.bolt-port})
	 * @return the started context; the caller closes it
	 * @throws StartupException when the database cannot be started for a reason an
	 * operator can fix (a folder in use, a port taken...)
	 */
	public static ConfigurableApplicationContext open(Class<?> application, List<String> options,
			Map<String, String> defaults) {
		List<String> arguments = new ArrayList<>(options);
		arguments.add("--policygraph.seed.enabled=false");
		defaults.forEach((name, value) -> {
			if (options.stream().noneMatch(option -> option.startsWith("--" + name + "="))) {
				arguments.add("--" + name + "=" + value);
			}
		});
		arguments.add("--logging.level.org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter=off");
		arguments
			.add("--logging.level.org.springframework.boot.autoconfigure.logging.ConditionEvaluationReportLogger=off");
		arguments
			.add("--logging.level.org.springframework.context.annotation.AnnotationConfigApplicationContext=error");
		try {
			return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
				.bannerMode(Banner.Mode.OFF)
				.logStartupInfo(false)
				.run(arguments.toArray(String[]::new));
		}
		catch (RuntimeException ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof StartupException startup) {
					throw startup;
				}
			}
			throw ex;
		}
	}

	/** A message that continues a sentence: its first letter in lower case. */
	public static String lowerFirst(String text) {
		return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

}
