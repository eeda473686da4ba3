package io.policygraph.synthetic;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar policygraph.jar generate --scale <N> --out <folder>}: writes a
 * synthetic graph-seed folder ({@link SyntheticSeed}) for load and performance tests.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
		description = "Write a synthetic graph-seed folder: <N> times the entries of the November 2018 report"
				+ " (105 each) over min(N, 120) months from 2018-11 (more above 4,000 entries a month),"
				+ " with the curated entities and synthetic ones.",
		footer = { "",
				"Load it with: java -jar policygraph.jar bulk-load <folder> --policygraph.embedded.data-dir=<dir>" })
public final class GenerateCommand implements Callable<Integer> {

	@Option(names = "--scale", required = true, paramLabel = "<N>",
			description = "How many times the November 2018 report: 1 is 105 entries, 10000 about 1,050,000.")
	int scale;

	@Option(names = "--seed", paramLabel = "<long>", defaultValue = "42",
			description = "Seed of the random choices (default: ${DEFAULT-VALUE}); the same scale and seed write the same bytes.")
	long seed;

	@Option(names = "--out", required = true, paramLabel = "<folder>", description = "The folder to write into.")
	Path out;

	@Spec
	CommandLine.Model.CommandSpec spec;

	/**
	 * Runs the command on {@code args} (what follows {@code generate}) and returns its
	 * exit code.
	 */
	public static int run(String... args) {
		return new CommandLine(new GenerateCommand()).execute(args);
	}

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		if (this.scale < 1) {
			err.println("--scale must be at least 1, not " + this.scale);
			return 2;
		}
		long started = System.nanoTime();
		try {
			SyntheticSeed.Summary summary = SyntheticSeed.generate(this.scale, this.seed, this.out, line -> {
				out.println(line);
				out.flush();
			});
			out.printf("Wrote %s: %d months, %d initiatives, %d policies, %d events, %d entities in %.1f s%n", this.out,
					summary.months(), summary.initiatives(), summary.policies(), summary.events(), summary.entities(),
					(System.nanoTime() - started) / 1e9);
			return 0;
		}
		catch (UncheckedIOException ex) {
			err.println(ex.getMessage());
			return 1;
		}
	}

}
