package io.policygraph.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the numbers were measured on: from /proc/cpuinfo, /proc/meminfo, /etc/os-release
 * and the JVM.
 *
 * @param cores the processors the JVM sees
 * @param memory MemTotal of /proc/meminfo
 * @param loadAverage /proc/loadavg when the run started: the machine may be shared
 */
record MachineInfo(int cores, String cpuModel, String memory, String jdk, String os, String loadAverage) {

	static MachineInfo read() {
		String os = field("/etc/os-release", "PRETTY_NAME=").replace("\"", "");
		return new MachineInfo(Runtime.getRuntime().availableProcessors(), field("/proc/cpuinfo", "model name"),
				field("/proc/meminfo", "MemTotal:"),
				System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
				(os.equals("unknown") ? System.getProperty("os.name") : os) + ", " + System.getProperty("os.name") + " "
						+ System.getProperty("os.version") + " " + System.getProperty("os.arch"),
				field("/proc/loadavg", ""));
	}

	/** The rest of the first line starting with the prefix, after any colon. */
	private static String field(String file, String prefix) {
		try {
			List<String> lines = Files.readAllLines(Path.of(file));
			return lines.stream()
				.filter(line -> line.startsWith(prefix))
				.map(line -> line.substring(prefix.length()).replaceFirst("^\\s*:?\\s*", "").trim())
				.findFirst()
				.orElse("unknown");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

}
