package io.policygraph.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;

/**
 * The embedded database's login for the service's own driver: a Neo4j user of its own,
 * with a random name ({@code policygraph_<16 hex digits>}) and a random password, both
 * generated at the first start and kept in {@code <data-dir>/service-login} (two lines,
 * owner-only). Neo4j locks a user for a few seconds after three wrong passwords: someone
 * guessing the operators' {@code neo4j} password locks {@code neo4j}, never the service,
 * whose name they do not know.
 *
 * @param user the Neo4j user name
 * @param password its password
 */
record ServiceLogin(String user, String password) {

	/** The file, in the data folder, that keeps the login. */
	static final String FILE = "service-login";

	/** Reads the login kept in the data folder, or generates and keeps a new one. */
	static ServiceLogin of(Path dataDir) {
		Path file = dataDir.resolve(FILE);
		try {
			if (Files.exists(file)) {
				OwnerOnly.restrict(file);
				List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				if (lines.size() >= 2 && !lines.get(0).isBlank() && lines.get(1).length() >= 8) {
					return new ServiceLogin(lines.get(0).strip(), lines.get(1).strip());
				}
			}
			SecureRandom random = new SecureRandom();
			ServiceLogin login = new ServiceLogin("policygraph_" + HexFormat.of().formatHex(bytes(random, 8)),
					HexFormat.of().formatHex(bytes(random, 24)));
			OwnerOnly.write(file, login.user() + "\n" + login.password() + "\n");
			return login;
		}
		catch (IOException ex) {
			throw new StartupException("Cannot keep the service's database login in " + file + " (" + ex + ")",
					"Make the data folder writable for this user.");
		}
	}

	/** Creates the user if the database does not have it yet. */
	void apply(DatabaseManagementService service) {
		service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
			.executeTransactionally("CREATE USER $user IF NOT EXISTS SET PASSWORD $password CHANGE NOT REQUIRED",
					Map.of("user", user, "password", password));
	}

	private static byte[] bytes(SecureRandom random, int count) {
		byte[] bytes = new byte[count];
		random.nextBytes(bytes);
		return bytes;
	}

	@Override
	public String toString() {
		return "ServiceLogin[" + user + "]";
	}

}
