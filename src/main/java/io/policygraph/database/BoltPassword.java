package io.policygraph.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.QueryExecutionException;

/**
 * The password of the embedded database's user {@code neo4j}: the configured one
 * ({@code policygraph.embedded.bolt-password}), or one generated at the first start and
 * kept in {@code <data-dir>/bolt-password} with owner-only permissions (rw-------), which
 * later starts read again.
 */
final class BoltPassword {

	/** The file, in the data folder, that keeps a generated password. */
	static final String FILE = "bolt-password";

	/** Neo4j's own minimum ({@code dbms.security.auth_minimum_password_length}). */
	private static final int MIN_LENGTH = 8;

	private BoltPassword() {
	}

	/**
	 * The password to set and send.
	 * @throws StartupException when the configured or stored password is shorter than 8
	 * characters, or the file cannot be read or written
	 */
	static String of(EmbeddedDatabaseProperties properties, Path dataDir) {
		String configured = properties.boltPassword();
		Path file = dataDir.resolve(FILE);
		try {
			if (configured != null && !configured.isEmpty()) {
				// a generated password kept from before would no longer work
				Files.deleteIfExists(file);
				return checked(configured, "policygraph.embedded.bolt-password");
			}
			if (Files.exists(file)) {
				OwnerOnly.restrict(file);
				return checked(Files.readString(file, StandardCharsets.UTF_8).strip(), file.toString());
			}
			byte[] random = new byte[18];
			new SecureRandom().nextBytes(random);
			String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
			OwnerOnly.write(file, generated + "\n");
			return generated;
		}
		catch (IOException ex) {
			throw new StartupException("Cannot keep the Bolt password in " + file + " (" + ex + ")",
					"Make the data folder writable for this user, or set policygraph.embedded.bolt-password.");
		}
	}

	/** Where the password comes from, for the log (never the password). */
	static String describe(EmbeddedDatabaseProperties properties) {
		String configured = properties.boltPassword();
		return (configured != null && !configured.isEmpty()) ? "from policygraph.embedded.bolt-password"
				: "in " + properties.dataDir().toAbsolutePath().normalize().resolve(FILE);
	}

	/** Sets the password of {@code neo4j}, no change required at the first login. */
	static void apply(DatabaseManagementService service, String password) {
		try {
			service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
				.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
						Map.of("password", password));
		}
		catch (QueryExecutionException ex) {
			// already this password: Neo4j refuses to set it again
			if (ex.getMessage() == null || !ex.getMessage().contains("cannot be the same")) {
				throw ex;
			}
		}
	}

	private static String checked(String password, String source) {
		if (password.length() < MIN_LENGTH) {
			throw new StartupException(
					"The Bolt password in " + source + " is shorter than " + MIN_LENGTH + " characters",
					"Set a longer one, or remove it to have one generated.");
		}
		return password;
	}

}
