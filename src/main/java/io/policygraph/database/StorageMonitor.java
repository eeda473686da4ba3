package io.policygraph.database;

import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import io.policygraph.error.StorageFullException;

/**
 * Watches the embedded database's disk and health, every
 * {@code policygraph.embedded.storage-check-interval}: below
 * {@code policygraph.embedded.min-free-space} free, writes are refused
 * ({@link #requireRoomToWrite()}) and readiness is {@code DOWN} (this is the
 * {@code storage} health indicator); a database that stopped taking transactions (a write
 * that found the disk full anyway, filled by another program) is reopened in place once
 * there is room again, so that no fault of the disk needs a restart.
 */
public final class StorageMonitor implements HealthIndicator, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(StorageMonitor.class);

	private final EmbeddedDatabase database;

	private final long minimum;

	private final ScheduledExecutorService checks;

	private volatile long usable;

	private volatile boolean failed;

	StorageMonitor(EmbeddedDatabase database, EmbeddedDatabaseProperties properties) {
		this.database = database;
		this.minimum = properties.minFreeSpace().toBytes();
		this.usable = StorageSpace.usable(database.dataDir());
		this.checks = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "storage-monitor");
			thread.setDaemon(true);
			return thread;
		});
		long interval = properties.storageCheckInterval().toMillis();
		this.checks.scheduleWithFixedDelay(this::check, interval, interval, TimeUnit.MILLISECONDS);
	}

	/** Reads the free space and the database's health now; reopens a failed database. */
	synchronized void check() {
		boolean hadRoom = hasRoom();
		usable = StorageSpace.usable(database.dataDir());
		if (hadRoom != hasRoom()) {
			if (hasRoom()) {
				log.info("The data folder's disk has {} free again: writes are accepted",
						StorageSpace.megabytes(usable));
			}
			else {
				log.error(
						"The data folder's disk has {} free, less than the {} reserve: writes are refused "
								+ "(STORAGE_FULL) until space is freed",
						StorageSpace.megabytes(usable), StorageSpace.megabytes(minimum));
			}
		}
		failed = database.failed();
		if (failed && hasRoom()) {
			try {
				database.reopenIfFailed();
				failed = database.failed();
			}
			catch (RuntimeException ex) {
				log.error("Reopening the database failed; trying again in a moment: {}", ex.getMessage());
			}
		}
	}

	/** Whether the disk has more than the reserve free, as of the last check. */
	public boolean hasRoom() {
		return usable >= minimum;
	}

	/**
	 * @throws StorageFullException when the disk has less than the reserve free, or the
	 * database stopped taking transactions and waits for room to be reopened
	 */
	public void requireRoomToWrite() {
		if (!hasRoom()) {
			throw new StorageFullException("The database's disk is full (" + StorageSpace.megabytes(usable)
					+ " free, less than the " + StorageSpace.megabytes(minimum)
					+ " kept in reserve): nothing was written. Try again once the operator has freed space.");
		}
		if (failed) {
			throw new StorageFullException("The database stopped after a write failed and reopens once its disk has "
					+ "room: nothing was written. Try again shortly.");
		}
	}

	/** {@code DOWN} while writes would be refused; the free space and the reserve. */
	@Override
	public Health health() {
		Health.Builder health = (hasRoom() && !failed) ? Health.up() : Health.down();
		return health.withDetail("free", StorageSpace.megabytes(usable))
			.withDetail("reserve", StorageSpace.megabytes(minimum))
			.withDetail("databaseFailed", failed)
			.build();
	}

	@Override
	public void close() {
		checks.shutdownNow();
	}

}
