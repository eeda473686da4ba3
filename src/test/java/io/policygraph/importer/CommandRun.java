package io.policygraph.importer;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.policygraph.PolicyGraphApplication;
import picocli.CommandLine;

/**
 * One run of the {@code import} command in this JVM: its exit code and what it printed.
 */
record CommandRun(int exit, String out, String err) {

	static CommandRun of(String... args) {
		var out = new StringWriter();
		var err = new StringWriter();
		var command = new CommandLine(new ImportCommand(PolicyGraphApplication.class));
		command.setOut(new PrintWriter(out));
		command.setErr(new PrintWriter(err));
		int exit = command.execute(args);
		return new CommandRun(exit, out.toString(), err.toString());
	}

	/**
	 * Every file below a folder by its path relative to it, byte for byte, to tell
	 * whether a run wrote anything.
	 */
	static Map<String, String> files(Path root) throws IOException {
		var files = new TreeMap<String, String>();
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.filter(Files::isRegularFile).toList()) {
				files.put(root.relativize(path).toString().replace('\\', '/'),
						Files.readString(path, StandardCharsets.ISO_8859_1));
			}
		}
		return files;
	}

}
