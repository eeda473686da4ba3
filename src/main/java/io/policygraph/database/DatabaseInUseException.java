package io.policygraph.database;

/**
 * The embedded database's data folder is locked by another Neo4j process, such as a
 * running service.
 */
public class DatabaseInUseException extends StartupException {

	public DatabaseInUseException(String problem, String action, Throwable cause) {
		super(problem, action, cause);
	}

}
