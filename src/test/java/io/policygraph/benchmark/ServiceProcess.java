package io.policygraph.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A server the harness starts as a subprocess (the PolicyGraph jar, the Neo4j GraphQL
 * Library's node server, or a one-off command): its output goes to a log file under
 * target/benchmark/logs, and {@link #close()} stops it and waits for it to exit.
 */
final class ServiceProcess implements AutoCloseable {

	private final String name;

	private final Process process;

	private final Path log;

	private final CountDownLatch ready = new CountDownLatch(1);

	private ServiceProcess(String name, Process process, Path log, Predicate<String> readyLine) {
		this.name = name;
		this.process = process;
		this.log = log;
		Thread pump = new Thread(() -> pump(readyLine), name + "-output");
		pump.setDaemon(true);
		pump.start();
	}

	/**
	 * Starts a command.
	 * @param readyLine the line of output that says it is ready (see
	 * {@link #awaitReadyLine}), or null
	 */
	static ServiceProcess start(String name, List<String> command, Path directory, Map<String, String> environment,
			Path logDir, Predicate<String> readyLine) throws IOException {
		Files.createDirectories(logDir);
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
		builder.environment().putAll(environment);
		Path log = logDir.resolve(name + ".log");
		return new ServiceProcess(name, builder.start(), log, (readyLine != null) ? readyLine : line -> false);
	}

	/**
	 * Runs a command to its end.
	 * @throws IllegalStateException when it exits with another status than 0
	 */
	static void run(String name, List<String> command, Path directory, Path logDir, Duration timeout) throws Exception {
		try (ServiceProcess process = start(name, command, directory, Map.of(), logDir, null)) {
			if (!process.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new IllegalStateException(name + " did not end within " + timeout + ": see " + process.log);
			}
			if (process.process.exitValue() != 0) {
				throw new IllegalStateException(
						name + " exited with " + process.process.exitValue() + ": see " + process.log);
			}
		}
	}

	private void pump(Predicate<String> readyLine) {
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8));
				PrintWriter out = new PrintWriter(Files.newBufferedWriter(this.log, StandardCharsets.UTF_8), true)) {
			String line;
			while ((line = in.readLine()) != null) {
				out.println(line);
				if (readyLine.test(line)) {
					this.ready.countDown();
				}
			}
		}
		catch (IOException ex) {
			// The process ended; its log says why.
		}
	}

	/** Waits for the line that says the server listens. */
	void awaitReadyLine(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!this.ready.await(100, TimeUnit.MILLISECONDS)) {
			checkAlive();
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(this.name + " not ready within " + timeout + ": see " + this.log);
			}
		}
	}

	/**
	 * @throws IllegalStateException when the process has exited
	 */
	void checkAlive() {
		if (!this.process.isAlive()) {
			throw new IllegalStateException(
					this.name + " exited with " + this.process.exitValue() + ": see " + this.log);
		}
	}

	/** Stops it (SIGTERM, then after 60 s SIGKILL) and waits for it to exit. */
	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			this.process.destroy();
			if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor();
			}
		}
	}

}
