package io.policygraph.importer;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.policygraph.PolicyGraphApplication;
import io.policygraph.database.StartupException;
import io.policygraph.seed.GraphSeed.ReportSeed;
import io.policygraph.seed.SeedException;
import io.policygraph.seed.SeedLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import io.policygraph.importer.format.ParsedReport;
import io.policygraph.importer.format.ReportFormatException;
import io.policygraph.importer.format.ReportParser;
import io.policygraph.importer.seeding.ReportImporter;
import io.policygraph.importer.seeding.SeedFolder;

/**
 * {@code java -jar policygraph.jar import <report.txt>}: reads a monitoring report, writes its
 * graph-seed files for review, and with {@code --load} loads the whole seed into the configured
 * database. Nothing is written when anything fails.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = "Import a monitoring report (UTF-8 text in the format of the CAICT series) into graph-seed.",
		footer = { "", "Any --spring.* or --policygraph.* option is passed to the database connection used by --load,",
				"for example --spring.neo4j.uri=neo4j://host:7687 or --policygraph.embedded.data-dir=data/neo4j." })
public final class ImportCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "<report.txt>", description = "The report's text.")
	Path report;

	@Option(names = "--seed", paramLabel = "<folder>", defaultValue = "graph-seed",
			description = "The graph-seed folder the report joins (default: ${DEFAULT-VALUE}).")
	Path seed;

	@Option(names = "--out", paramLabel = "<folder>",
			description = "Where to write the report's files (default: <seed>/reports/<yyyy-mm>). Entity candidates go to <out>/entities/ when --out is given.")
	Path out;

	@Option(names = "--dry-run", description = "Parse, check and print the review; write nothing.")
	boolean dryRun;

	@Option(names = "--load", description = "Also load the seed with the new report into the configured database.")
	boolean load;

	@Option(names = "--force", description = "Replace a report folder that differs from this import.")
	boolean force;

	@CommandLine.Unmatched
	List<String> springArguments = new ArrayList<>();

	@Spec
	CommandLine.Model.CommandSpec spec;

	public static int run(String... args) {
		return new CommandLine(new ImportCommand()).execute(args);
	}

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		for (String argument : springArguments) {
			if (!argument.startsWith("--spring.") && !argument.startsWith("--policygraph.")) {
				err.println("Unknown option: " + argument + " (see --help)");
				return 2;
			}
		}
		try {
			return importReport(out);
		}
		catch (ReportFormatException ex) {
			err.println("Cannot import " + report + ": " + ex.getMessage() + ". Nothing was written.");
			return 1;
		}
		catch (SeedException ex) {
			err.println("The import would make an invalid graph-seed; nothing was written:");
			ex.problems().forEach(problem -> err.println("  " + problem));
			return 1;
		}
		catch (StartupException ex) {
			err.println("Cannot load into the database: " + ex.getMessage() + ". " + ex.action());
			return 1;
		}
	}

	private int importReport(PrintWriter out) throws IOException {
		if (!Files.isRegularFile(report)) {
			throw new ReportFormatException(0, "no such file: " + report);
		}
		out.printf("[1/5] Reading %s%n", report);
		ParsedReport parsed = new ReportParser().parse(Files.readAllBytes(report), report.getFileName().toString());
		out.printf("      %s, %s to %s: section 一 %d entries, section 二 %d, section 三 %d; %d summits%n",
				parsed.month(), parsed.periodStart(), parsed.periodEnd(), parsed.entriesOf(1).size(),
				parsed.entriesOf(2).size(), parsed.entriesOf(3).size(), parsed.summits().size());

		out.printf("[2/5] Resolving names against %s%n", seed);
		Map<String, byte[]> curated = readSeed(seed);
		ReportImporter.Result result = new ReportImporter(curated, parsed.month()).importReport(parsed, report.getFileName().toString());
		out.printf("      %d initiatives, %d policies, %d events; %d new entities for review%n",
				result.report().initiatives().size(), result.report().policies().size(), result.report().events().size(),
				result.newEntities().size());
		result.newEntities().forEach(name -> out.println("      new: " + name));
		result.unresolved().forEach(term -> out.println("      unresolved: " + term));
		result.warnings().forEach(warning -> out.println("      warning: " + warning));

		out.println("[3/5] Checked: the seed with this report is valid");

		out.println("[4/5] Review against graph-seed");
		String folder = "reports/" + result.folder() + "/";
		ReportSeed existing = existingReport(curated, result.folder());
		boolean unchanged = result.changedFiles().isEmpty();
		if (existing == null) {
			out.println("      a new report: " + result.report().initiatives().size() + " entries to add");
		}
		else {
			ImportReview review = ImportReview.of(existing.initiatives(), result.report().initiatives());
			review.lines().forEach(line -> out.println("      " + line));
			out.printf("      %d of %d entries identical in date, region, link, actors and sectors (%d%%)%n",
					review.identical(), review.compared() + review.missing(), review.identicalPercent());
		}

		if (dryRun) {
			out.println("[5/5] Dry run: nothing written" + (load ? ", nothing loaded" : ""));
			return 0;
		}
		if (unchanged) {
			out.println("[5/5] graph-seed already holds exactly this import: nothing to write");
		}
		else if (existing != null && !force && changesReport(result, folder)) {
			spec.commandLine().getErr().println("graph-seed/" + folder
					+ " exists and differs from this import (see the review above). Nothing was written; use --force"
					+ " to replace it, or --out to write elsewhere.");
			return 1;
		}
		else {
			write(result);
		}
		if (load) {
			out.println("      loading into the database");
			loadSeed(result);
			out.println("      loaded");
		}
		return 0;
	}

	private boolean changesReport(ReportImporter.Result result, String folder) {
		return out == null && result.changedFiles().keySet().stream().anyMatch(path -> path.startsWith(folder));
	}

	private void write(ReportImporter.Result result) throws IOException {
		Path root = out == null ? seed : out;
		List<Path> written = SeedFolder.write(result.changedFiles(), path -> out == null ? seed.resolve(path)
				: out.resolve(path.replaceFirst("^reports/[^/]+/", "")));
		spec.commandLine().getOut().printf("[5/5] Wrote %d files under %s:%n", written.size(), root);
		written.forEach(path -> spec.commandLine().getOut().println("      " + path));
	}

	private void loadSeed(ReportImporter.Result result) {
		List<String> arguments = new ArrayList<>(springArguments);
		arguments.add("--policygraph.seed.enabled=false");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PolicyGraphApplication.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.run(arguments.toArray(String[]::new))) {
			context.getBean(SeedLoader.class).load(result.seed());
		}
	}

	private static ReportSeed existingReport(Map<String, byte[]> curated, String month) {
		return new io.policygraph.seed.SeedReader().parse(curated)
			.reports()
			.stream()
			.filter(r -> r.folder().equals(month))
			.findFirst()
			.orElse(null);
	}

	/** The seed's YAML files by their path below the folder. */
	static Map<String, byte[]> readSeed(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			throw new ReportFormatException(0, "no graph-seed folder at " + folder + " (use --seed)");
		}
		var files = new TreeMap<String, byte[]>();
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.filter(p -> p.toString().endsWith(".yaml")).toList()) {
				files.put(folder.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
			}
		}
		return files;
	}

}
