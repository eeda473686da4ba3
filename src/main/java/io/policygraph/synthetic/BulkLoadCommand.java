package io.policygraph.synthetic;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.neo4j.driver.Driver;
import org.springframework.context.ConfigurableApplicationContext;

import io.policygraph.database.CommandDatabase;
import io.policygraph.database.DatabaseInUseException;
import io.policygraph.database.StartupException;
import io.policygraph.seed.BulkSeedLoader;
import io.policygraph.seed.SeedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar policygraph.jar bulk-load <seed-folder>}: loads a large graph-seed
 * folder, such as one {@code generate} wrote, into the configured database with
 * {@link BulkSeedLoader}, printing a line per month. The database must be empty unless
 * {@code --replace} is given. Run the service on it afterwards with
 * {@code --policygraph.seed.enabled=false}, or with the folder as
 * {@code --policygraph.seed.location}.
 */
@Command(name = "bulk-load", mixinStandardHelpOptions = true,
		description = "Load a (large) graph-seed folder into an empty database, month by month, in batched transactions.",
		footer = { "", "Any --spring.* or --policygraph.* option is read as the service reads it, for example",
				"--policygraph.embedded.data-dir=<dir> (default data/neo4j) or --spring.neo4j.uri=neo4j://host:7687.",
				"Then serve it without loading the built-in seed over it:",
				"  java -jar policygraph.jar --policygraph.embedded.data-dir=<dir> --policygraph.seed.enabled=false" })
public final class BulkLoadCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "<seed-folder>",
			description = "A graph-seed folder: entities/*.yaml and reports/<yyyy-mm>/.")
	Path folder;

	@Option(names = "--replace", description = "Delete everything in the database first.")
	boolean replace;

	@Option(names = "--batch", paramLabel = "<rows>", defaultValue = "5000",
			description = "Rows per UNWIND statement and transaction (default: ${DEFAULT-VALUE}).")
	int batch;

	@CommandLine.Unmatched
	List<String> springArguments = new ArrayList<>();

	@Spec
	CommandLine.Model.CommandSpec spec;

	private final Class<?> application;

	/**
	 * @param application the service's {@code @SpringBootApplication} class, started
	 * without its web server and without loading its seed, for the database it configures
	 */
	public BulkLoadCommand(Class<?> application) {
		this.application = application;
	}

	/**
	 * Runs the command on {@code args} (what follows {@code bulk-load}) and returns its
	 * exit code.
	 */
	public static int run(Class<?> application, String... args) {
		return new CommandLine(new BulkLoadCommand(application)).execute(args);
	}

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		String unknown = CommandDatabase.unknownOption(this.springArguments);
		if (unknown != null) {
			err.println("Unknown option: " + unknown + " (see --help)");
			return 2;
		}
		if (!Files.isDirectory(this.folder.resolve("entities"))) {
			err.println("Cannot load: no graph-seed folder at " + this.folder + " (it has no entities/ folder).");
			return 1;
		}
		try (ConfigurableApplicationContext context = openDatabase()) {
			var loader = new BulkSeedLoader(context.getBean(Driver.class), this.batch, line -> {
				out.println(line);
				out.flush();
			});
			if (!loader.isEmpty()) {
				if (!this.replace) {
					err.println(
							"Cannot load: the database is not empty; add --replace to delete everything in it first,"
									+ " or choose another --policygraph.embedded.data-dir.");
					return 1;
				}
				long started = System.nanoTime();
				loader.clear();
				out.printf("Emptied the database in %.1f s%n", (System.nanoTime() - started) / 1e9);
			}
			BulkSeedLoader.Result result = loader.load(this.folder);
			out.printf("Loaded %s: %d months, %d nodes, %d relationships in %.1f s (%d rows/s); seed version %s%n",
					this.folder, result.months(), result.nodes(), result.relationships(), result.millis() / 1000.0,
					result.rowsPerSecond(), result.version().substring(0, 12));
			return 0;
		}
		catch (DatabaseInUseException ex) {
			err.println("Cannot load: " + CommandDatabase.lowerFirst(ex.getMessage())
					+ " (a running PolicyGraph service?). Stop it and run bulk-load again.");
		}
		catch (StartupException ex) {
			err.println("Cannot load into the database: " + CommandDatabase.lowerFirst(ex.getMessage()) + ". "
					+ ex.action());
		}
		catch (SeedException ex) {
			err.println("Cannot load " + this.folder + ": the seed is invalid; months before the one named are"
					+ " written (load again with --replace once it is fixed):");
			ex.problems().forEach(problem -> err.println("  " + problem));
		}
		catch (UncheckedIOException ex) {
			err.println(ex.getMessage());
		}
		return 1;
	}

	/**
	 * The configured database, started without loading its own seed, on a free Bolt port,
	 * with a page cache and transaction timeout fit for a bulk load unless the options
	 * set them.
	 */
	private ConfigurableApplicationContext openDatabase() {
		return CommandDatabase.open(this.application, this.springArguments,
				Map.of("policygraph.embedded.bolt-port", "0", "policygraph.embedded.page-cache", "2GB",
						"policygraph.embedded.transaction-timeout", "30m", "spring.neo4j.max-transaction-retry-time",
						"60s"));
	}

}
