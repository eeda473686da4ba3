package io.policygraph.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.policygraph.support.Service;
import io.policygraph.support.TestNeo4j;

/**
 * Bad configuration ends start-up with a short description of the problem and of the
 * remedy.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureIT {

	@Test
	void anUnreachableExternalDatabaseIsNamed(CapturedOutput output) throws IOException {
		int closedPort = freePort();
		assertStartupFails(Map.of("spring.neo4j.uri", "bolt://127.0.0.1:" + closedPort), output,
				"Cannot reach Neo4j at bolt://127.0.0.1:" + closedPort, "correct spring.neo4j.uri");
	}

	@Test
	void aDataFolderThatCannotBeCreatedIsNamed(@TempDir Path dir, CapturedOutput output) throws IOException {
		Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
		assertStartupFails(
				Map.of("policygraph.embedded.data-dir", file.resolve("neo4j").toString(),
						"policygraph.embedded.bolt-port", "0"),
				output, "Cannot create the data folder " + file.resolve("neo4j"), "policygraph.embedded.data-dir");
	}

	@Test
	void aBoltPortInUseIsNamed(CapturedOutput output) throws IOException {
		try (var taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
			int port = taken.getLocalPort();
			assertStartupFails(
					Map.of("policygraph.embedded.data-dir", TestNeo4j.newDataDir().toString(),
							"policygraph.embedded.bolt-port", String.valueOf(port)),
					output, "The Bolt port 127.0.0.1:" + port + " is already in use", "policygraph.embedded.bolt-port");
		}
	}

	@Test
	void aCorruptSeedFileIsNamed(@TempDir Path seed, CapturedOutput output) throws IOException {
		Files.createDirectories(seed.resolve("entities"));
		Files.writeString(seed.resolve("entities/regions.yaml"), "- id: tianjin\n  name: [天津市\n");
		assertStartupFails(
				Map.of("policygraph.embedded.data-dir", TestNeo4j.newDataDir().toString(),
						"policygraph.embedded.bolt-port", "0", "policygraph.seed.location", seed.toUri().toString()),
				output, "entities/regions.yaml, line", "Fix the file named above");
	}

	private static void assertStartupFails(Map<String, String> properties, CapturedOutput output, String problem,
			String remedy) {
		assertThatThrownBy(() -> Service.start(properties).close()).hasStackTraceContaining(problem);
		assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START")
			.contains("Description:")
			.contains(problem)
			.contains("Action:")
			.contains(remedy);
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
			return socket.getLocalPort();
		}
	}

}
