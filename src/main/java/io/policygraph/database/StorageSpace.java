package io.policygraph.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.util.unit.DataSize;

import org.neo4j.monitoring.DatabaseHealth;

/**
 * The free space of the disk that holds the data folder, and how a full disk shows in
 * Neo4j's failures.
 */
final class StorageSpace {

	private StorageSpace() {
	}

	/**
	 * The bytes this process may still write on the data folder's disk; 0 when it cannot
	 * be read.
	 */
	static long usable(Path dataDir) {
		try {
			return Files.getFileStore(dataDir).getUsableSpace();
		}
		catch (IOException ex) {
			return 0;
		}
	}

	/**
	 * @throws StartupException when the disk has less than {@code minimum} free: the
	 * database is not started (Neo4j would spin on it, then fail with a stack trace)
	 */
	static void requireAtStart(Path dataDir, DataSize minimum) {
		long usable = usable(dataDir);
		if (usable < minimum.toBytes()) {
			throw new StartupException(
					"The disk of the data folder " + dataDir + " has " + megabytes(usable) + " free, less than the "
							+ megabytes(minimum.toBytes()) + " the database keeps in reserve",
					"Free space on that disk, or set policygraph.embedded.data-dir to a disk with room "
							+ "(policygraph.embedded.min-free-space sets the reserve).");
		}
	}

	/** Whether a failure, or one of its causes, says the disk is full. */
	static boolean isDiskFull(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String message = cause.getMessage();
			if (message != null && (message.contains("No space left on device")
					|| message.contains(DatabaseHealth.outOfDiskSpaceMessage)
					|| message.contains("not enough space"))) {
				return true;
			}
		}
		return false;
	}

	/** A size in megabytes, for messages: "412 MB". */
	static String megabytes(long bytes) {
		return (bytes / (1024 * 1024)) + " MB";
	}

}
