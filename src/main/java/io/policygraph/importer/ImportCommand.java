package io.policygraph.importer;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.neo4j.driver.Driver;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

import io.policygraph.database.CommandDatabase;
import io.policygraph.database.DatabaseInUseException;
import io.policygraph.database.StartupException;
import io.policygraph.importer.format.ReportFormatException;
import io.policygraph.seed.GraphSeed;
import io.policygraph.seed.SeedException;
import io.policygraph.seed.SeedLoader;
import io.policygraph.seed.SeedProperties;
import io.policygraph.seed.SeedReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar policygraph.jar import <report.txt>}: the {@link ImportService} from
 * the command line. Reads a monitoring report, writes its month into the imports folder
 * for review, and with {@code --load} loads the seed into the configured database.
 * Nothing is written when anything fails.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = "Import a monitoring report (UTF-8 text in the format of the CAICT series) into the imports folder.",
		footer = { "", "Any --spring.* or --policygraph.* option is read as the service reads it, for example",
				"--policygraph.seed.imports=<folder>, --spring.neo4j.uri=neo4j://host:7687 or",
				"--policygraph.embedded.data-dir=data/neo4j (the database --load writes into)." })
public final class ImportCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "<report.txt>", description = "The report's text.")
	Path report;

	@Option(names = "--imports", paramLabel = "<folder>",
			description = "The folder of imported months the report joins and is written into"
					+ " (default: policygraph.seed.imports, data/imports).")
	Path imports;

	@Option(names = "--seed", paramLabel = "<folder>",
			description = "A working copy of graph-seed/ to join instead of the built-in seed. Without --imports the"
					+ " report is written into this folder and --load loads it alone.")
	Path seed;

	@Option(names = "--out", paramLabel = "<folder>",
			description = "Write the report's files to this folder instead (entity files under <out>/entities/).")
	Path out;

	@Option(names = "--dry-run", description = "Parse, check and print the review; write nothing.")
	boolean dryRun;

	@Option(names = "--load",
			description = "Also load the seed into the configured database (not while a service uses it).")
	boolean load;

	@Option(names = "--force", description = "Replace a month that differs from this import.")
	boolean force;

	@Option(names = "--explain",
			description = "Print, for every entry, each actor's role and the entry's place with the reading rule that gave it.")
	boolean explain;

	@CommandLine.Unmatched
	List<String> springArguments = new ArrayList<>();

	@Spec
	CommandLine.Model.CommandSpec spec;

	/**
	 * The service's {@code @SpringBootApplication}, started without its web server for
	 * {@code --load}.
	 */
	private final Class<?> application;

	/**
	 * @param application the service's {@code @SpringBootApplication} class: passed in,
	 * since the application starts this command and the importer does not depend on the
	 * application
	 */
	public ImportCommand(Class<?> application) {
		this.application = application;
	}

	/**
	 * Runs the command on {@code args} (what follows {@code import}) and returns its exit
	 * code.
	 */
	public static int run(Class<?> application, String... args) {
		return new CommandLine(new ImportCommand(application)).execute(args);
	}

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		String unknown = CommandDatabase.unknownOption(springArguments);
		if (unknown != null) {
			err.println("Unknown option: " + unknown + " (see --help)");
			return 2;
		}
		ImportService.Folders folders = null;
		try {
			if (!Files.isRegularFile(report)) {
				throw new ReportFormatException(0, "no such file: " + report);
			}
			if (seed != null && !Files.isDirectory(seed)) {
				throw new ReportFormatException(0, "no graph-seed folder at " + seed + " (--seed)");
			}
			folders = folders();
			var request = new ImportService.Request(report.toString(), Files.readAllBytes(report),
					report.getFileName().toString(), load, force, this.out, out::println);
			var service = new ImportService(new SeedReader(), folders, this::openDatabase);
			ImportService.Outcome outcome = dryRun ? service.check(request) : service.importReport(request);
			if (explain) {
				out.println("Why each entry reads as it does (role or place, then the rule):");
				EntryExplanation.of(outcome.result())
					.forEach(entry -> entry.lines().forEach(line -> out.println("      " + line)));
			}
			return 0;
		}
		catch (ReportFormatException ex) {
			err.println("Cannot import " + report + ": " + ex.getMessage() + ". Nothing was written.");
		}
		catch (SeedException ex) {
			err.println("The import would make an invalid graph-seed; nothing was written:");
			ex.problems().forEach(problem -> err.println("  " + problem));
		}
		catch (ImportConflictException ex) {
			err.println(ex.getMessage());
		}
		catch (DatabaseInUseException ex) {
			err.println("Cannot load: " + CommandDatabase.lowerFirst(ex.getMessage())
					+ " (a running PolicyGraph service?)."
					+ " Nothing was written. Stop the service and run the import again, or run it without --load"
					+ (folders == null || folders.imports() == null ? "."
							: ": a service loads " + folders.imports() + " when it starts."));
		}
		catch (StartupException ex) {
			err.println("Cannot load into the database: " + CommandDatabase.lowerFirst(ex.getMessage())
					+ ". Nothing was written. " + ex.action());
		}
		catch (UncheckedIOException ex) {
			err.println(ex.getMessage());
		}
		return 1;
	}

	/**
	 * The built-in seed and the imports folder as the service would find them, unless the
	 * options name others.
	 */
	private ImportService.Folders folders() {
		if (seed != null && imports == null) {
			return ImportService.Folders.workingCopy(seed);
		}
		SeedProperties properties = properties();
		ImportService.Folders folders = seed == null ? ImportService.Folders.of(properties)
				: ImportService.Folders.workingCopy(seed);
		return folders.withImports(imports == null ? properties.imports() : imports);
	}

	/**
	 * {@code policygraph.seed.*} from the pass-through options, the environment and
	 * application.yaml.
	 */
	private SeedProperties properties() {
		var environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new SimpleCommandLinePropertySource(springArguments.toArray(String[]::new)));
		ConfigDataEnvironmentPostProcessor.applyTo(environment);
		return Binder.get(environment).bindOrCreate("policygraph.seed", SeedProperties.class);
	}

	/**
	 * The configured database, started without loading its own seed and on a free Bolt
	 * port, since only this command talks to it. A failure to start ends in its
	 * {@link StartupException}.
	 */
	private ImportService.Database openDatabase() {
		ConfigurableApplicationContext context = CommandDatabase.open(this.application, springArguments,
				Map.of("policygraph.embedded.bolt-port", "0"));
		SeedLoader loader = context.getBean(SeedLoader.class);
		ImportAudit audit = new ImportAuditRepository(context.getBean(Driver.class));
		return new ImportService.Database() {
			@Override
			public void load(GraphSeed seed) {
				loader.load(seed);
			}

			@Override
			public ImportAudit audit() {
				return audit;
			}

			@Override
			public void close() {
				context.close();
			}
		};
	}

	/** The seed's YAML files by their path below a graph-seed folder on disk. */
	static Map<String, byte[]> readSeed(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new ReportFormatException(0, "no graph-seed folder at " + folder + " (use --seed)");
		}
		return SeedReader.folder(folder);
	}

}
