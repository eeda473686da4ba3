package io.policygraph.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.SecurityException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.policygraph.support.Neo4jTestMode;
import io.policygraph.support.PolicyGraphIT;
import io.policygraph.support.RawHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Nothing reaches the embedded graph around the API: Bolt wants the password, a web page
 * of another origin cannot open it, Cypher reads no server file and fetches nothing, and
 * health tells an anonymous caller only UP or DOWN.
 */
@PolicyGraphIT
class BoltSecurityIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired(required = false)
	EmbeddedDatabase database;

	@LocalServerPort
	int port;

	@BeforeEach
	void embeddedOnly() {
		assumeFalse(Neo4jTestMode.testcontainers(), "the embedded database's settings");
	}

	@Test
	void boltRefusesAClientWithoutThePasswordAndAcceptsTheOneWithIt() {
		for (AuthToken wrong : List.of(AuthTokens.none(), AuthTokens.basic("neo4j", "neo4j"),
				AuthTokens.basic("neo4j", database.boltPassword() + "x"))) {
			try (Driver driver = driver(wrong)) {
				assertThatThrownBy(() -> driver.executableQuery("MATCH (n) DETACH DELETE n").execute())
					.isInstanceOf(SecurityException.class);
			}
		}
		try (Driver driver = operator()) {
			assertThat(driver.executableQuery("MATCH (r:Region {id: 'tianjin'}) RETURN r.name AS name")
				.execute()
				.records()
				.get(0)
				.get("name")
				.asString()).isEqualTo("天津市");
		}
	}

	@Test
	void theGeneratedPasswordsAreKeptInTheDataFolderForItsOwnerOnly() throws IOException {
		var password = database.dataDir().resolve(BoltPassword.FILE);
		var login = database.dataDir().resolve(ServiceLogin.FILE);

		assertThat(Files.readString(password).strip()).isEqualTo(database.boltPassword())
			.hasSizeGreaterThanOrEqualTo(20);
		assertThat(Files.readAllLines(login)).containsExactly(database.serviceUser(), database.servicePassword());
		assertThat(database.serviceUser()).matches("policygraph_[0-9a-f]{16}");
		for (var file : List.of(password, login)) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		}
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(database.dataDir())))
			.as("no one else reads the store")
			.isEqualTo("rwx------");
	}

	@Test
	void guessingTheOperatorsPasswordLocksTheOperatorNeverTheService() {
		for (int i = 0; i < 20; i++) {
			try (Driver driver = driver(AuthTokens.basic(EmbeddedDatabase.BOLT_USER, "guess-" + i))) {
				assertThatThrownBy(() -> driver.executableQuery("RETURN 1").execute())
					.isInstanceOf(SecurityException.class);
			}
		}

		try (Driver service = driver(AuthTokens.basic(database.serviceUser(), database.servicePassword()))) {
			assertThat(service.executableQuery("MATCH (c:Company {id: 'baidu'}) RETURN c.name AS name")
				.execute()
				.records()
				.get(0)
				.get("name")
				.asString()).isEqualTo("百度");
		}
		Awaitility.await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
			try (Driver operator = driver(AuthTokens.basic(EmbeddedDatabase.BOLT_USER, database.boltPassword()))) {
				operator.executableQuery("RETURN 1").execute();
			}
		});
	}

	@Test
	void cypherReadsNoServerFileAndFetchesNothingEvenWithThePassword() {
		try (Driver driver = operator()) {
			assertThatThrownBy(
					() -> driver.executableQuery("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line LIMIT 1")
						.execute())
				.isInstanceOf(ClientException.class)
				.hasMessageContaining("allow_csv_import_from_file_urls' is false");
			assertThatThrownBy(() -> driver
				.executableQuery("LOAD CSV FROM 'http://127.0.0.1:" + port + "/actuator/health' AS line RETURN line")
				.execute()).isInstanceOf(ClientException.class).hasMessageContaining("blocked");
		}
	}

	@Test
	void aWebPageOfAnotherOriginCannotOpenBoltButAProgramCan() throws IOException {
		assertThat(webSocketHandshake("Origin: http://evil.example\r\n")).startsWith("HTTP/1.1 403 Forbidden");
		assertThat(webSocketHandshake("")).startsWith("HTTP/1.1 101");
	}

	@Test
	void healthTellsAnonymousCallersUpOrDownOnlyAndCuratorsTheDetails() {
		HttpResponse<String> anonymous = RawHttp.health(port);
		HttpResponse<String> curator = RawHttp.healthAsCurator(port);

		assertThat(anonymous.statusCode()).isEqualTo(200);
		JsonNode body = JSON.readTree(anonymous.body());
		assertThat(body.at("/status").asString()).isEqualTo("UP");
		assertThat(body.has("components")).isFalse();
		assertThat(anonymous.body()).doesNotContain("127.0.0.1")
			.doesNotContain(String.valueOf(database.boltUri().getPort()))
			.doesNotContain("5.26")
			.doesNotContain("/");
		assertThat(JSON.readTree(curator.body()).at("/components/neo4j/details/server").asString()).contains("5.26");
		assertThat(JSON.readTree(curator.body()).at("/components/storage/status").asString()).isEqualTo("UP");
	}

	/** The operator's driver, once a lock left by guessing has passed. */
	private Driver operator() {
		Awaitility.await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
			try (Driver operator = driver(AuthTokens.basic(EmbeddedDatabase.BOLT_USER, database.boltPassword()))) {
				operator.executableQuery("RETURN 1").execute();
			}
		});
		return driver(AuthTokens.basic(EmbeddedDatabase.BOLT_USER, database.boltPassword()));
	}

	private Driver driver(AuthToken auth) {
		return GraphDatabase.driver(database.boltUri(), auth);
	}

	private String webSocketHandshake(String originLine) throws IOException {
		try (Socket socket = new Socket(database.boltUri().getHost(), database.boltUri().getPort())) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET / HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
					+ "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n" + originLine
					+ "\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			byte[] buffer = new byte[512];
			int read = in.read(buffer);
			return read < 0 ? "" : new String(buffer, 0, read, StandardCharsets.US_ASCII);
		}
	}

}
