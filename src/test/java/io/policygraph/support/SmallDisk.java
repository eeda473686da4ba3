package io.policygraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

/**
 * A small file system of its own (tmpfs) that a test fills and frees, to see what a full
 * disk does to the service. Mounting needs root: {@link #mount(int)} answers null where
 * it is not allowed.
 */
public final class SmallDisk implements AutoCloseable {

	private final Path root;

	private final Path filler;

	private SmallDisk(Path root) {
		this.root = root;
		this.filler = root.resolve("filler.bin");
	}

	/** Mounts a new tmpfs of {@code megabytes}; null when this user may not mount. */
	public static SmallDisk mount(int megabytes) {
		try {
			Path root = Files.createTempDirectory("policygraph-disk-");
			Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs",
					root.toString())
				.redirectErrorStream(true)
				.start();
			if (!mount.waitFor(30, TimeUnit.SECONDS) || mount.exitValue() != 0) {
				Files.deleteIfExists(root);
				return null;
			}
			return new SmallDisk(root);
		}
		catch (IOException ex) {
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/** The mounted folder. */
	public Path root() {
		return root;
	}

	/** The bytes still free on it. */
	public long usable() {
		try {
			return Files.getFileStore(root).getUsableSpace();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Writes a file of zeros until only {@code leaveBytes} are free (or none, if the disk
	 * fills first).
	 */
	public void fill(long leaveBytes) {
		ByteBuffer zeros = ByteBuffer.allocate(1 << 20);
		try (FileChannel channel = FileChannel.open(filler, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.APPEND)) {
			while (usable() > leaveBytes) {
				zeros.clear();
				zeros.limit((int) Math.min(zeros.capacity(), usable() - leaveBytes));
				channel.write(zeros);
			}
		}
		catch (IOException ex) {
			if (!String.valueOf(ex.getMessage()).contains("No space left")) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/** Removes what {@link #fill(long)} wrote. */
	public void free() {
		try {
			Files.deleteIfExists(filler);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Unmounts it (its files go with it). */
	@Override
	public void close() {
		try {
			new ProcessBuilder("umount", "-l", root.toString()).start().waitFor(30, TimeUnit.SECONDS);
			Files.deleteIfExists(root);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
