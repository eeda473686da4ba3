package io.policygraph.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a script of {@code src/test/clients/} with node, as a front-end developer's tool
 * would run against a started PolicyGraph. The npm packages it uses are installed by the
 * build (the {@code clients-npm-ci} execution in pom.xml) at the versions of
 * {@code src/test/clients/package-lock.json}.
 */
public final class NodeScript {

	/** The npm project of the client checks. */
	public static final Path CLIENTS = Path.of("src/test/clients").toAbsolutePath();

	private NodeScript() {
	}

	/**
	 * What a script printed (standard output and standard error, interleaved) and its
	 * exit code.
	 */
	public record Run(int exitCode, String output) {

		public boolean succeeded() {
			return this.exitCode == 0;
		}

	}

	/**
	 * Runs {@code node <script> <arguments>} in {@link #CLIENTS}, waiting at most
	 * {@code timeoutSeconds}; a script still running then is killed and reported with
	 * exit code -1.
	 */
	public static Run run(String script, long timeoutSeconds, String... arguments) {
		List<String> command = new ArrayList<>(List.of("node", script));
		command.addAll(List.of(arguments));
		try {
			Path log = Files.createTempFile("node-script", ".log");
			Process process = new ProcessBuilder(command).directory(CLIENTS.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			boolean ended = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
			if (!ended) {
				process.destroyForcibly().waitFor();
			}
			String output = Files.readString(log, StandardCharsets.UTF_8);
			Files.deleteIfExists(log);
			return new Run(ended ? process.exitValue() : -1, output);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot run node " + script + " (is Node.js installed?)", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running node " + script, ex);
		}
	}

}
