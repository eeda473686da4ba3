package io.policygraph.importer;

/**
 * The report's month is already in the seed and differs from this import, and nothing
 * said whether to replace it. Nothing has been written.
 */
public class ImportConflictException extends RuntimeException {

	public ImportConflictException(String message) {
		super(message);
	}

}
