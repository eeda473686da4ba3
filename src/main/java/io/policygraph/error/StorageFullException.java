package io.policygraph.error;

/**
 * A write refused because the database's disk has less free space than the service keeps
 * in reserve ({@code policygraph.embedded.min-free-space}): nothing was written, and the
 * same write succeeds once space is freed. Answered as {@code STORAGE_FULL}.
 */
public class StorageFullException extends RuntimeException {

	public StorageFullException(String message) {
		super(message);
	}

}
